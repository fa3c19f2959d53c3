import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function UsagePlanLoading() {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2 pb-1">
        <Skeleton className="h-3 w-20" />
        <Skeleton className="h-5 w-40" />
        <Skeleton className="h-3.5 w-56" />
      </div>
      <Skeleton className="h-9 w-80" />
      <TableSkeleton columns={4} rows={3} />
    </div>
  );
}
