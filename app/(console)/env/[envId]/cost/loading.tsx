import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function CostLoading() {
  return <ListPageSkeleton columns={5} />;
}
