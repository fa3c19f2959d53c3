import { ApiTabTableSkeleton } from "@/components/stages/api-tab-table-skeleton";

export default function StageLoading() {
  return <ApiTabTableSkeleton columns={4} />;
}
