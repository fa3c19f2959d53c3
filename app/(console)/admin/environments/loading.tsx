import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function EnvironmentsLoading() {
  return <ListPageSkeleton columns={5} rows={3} />;
}
