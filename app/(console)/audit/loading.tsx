import { ListPageSkeleton } from "@/components/ui/skeleton";

export default function AuditLoading() {
  return <ListPageSkeleton columns={6} rows={8} withFilter />;
}
