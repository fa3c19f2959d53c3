import { ApiTabTableSkeleton } from "@/components/stages/api-tab-table-skeleton";

export default function DeploymentsLoading() {
  return <ApiTabTableSkeleton columns={5} />;
}
