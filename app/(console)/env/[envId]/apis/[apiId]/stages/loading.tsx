import { ApiTabTableSkeleton } from "@/components/stages/api-tab-table-skeleton";

export default function StagesLoading() {
  return <ApiTabTableSkeleton columns={7} />;
}
