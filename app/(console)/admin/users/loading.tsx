import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function UsersLoading() {
  return <ListPageSkeleton columns={4} rows={3} />;
}
