import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function DeploymentsLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-5 w-56" />
      </div>
      <Skeleton className="h-9 w-full" />
      <TableSkeleton rows={3} columns={7} />
    </div>
  );
}
