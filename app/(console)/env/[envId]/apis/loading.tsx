import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function ApisLoading() {
  return <ListPageSkeleton columns={5} withFilter />;
}
