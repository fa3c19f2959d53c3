import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function UsagePlansLoading() {
  return <ListPageSkeleton columns={5} />;
}
