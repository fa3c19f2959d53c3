import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function DomainsLoading() {
  return <ListPageSkeleton columns={6} />;
}
