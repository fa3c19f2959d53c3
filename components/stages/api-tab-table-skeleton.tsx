import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

/** Loading state of an API tab that shows a table (stages, one stage, deployments). */
export function ApiTabTableSkeleton({ columns }: { columns: number }) {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-5 w-56" />
      </div>
      <Skeleton className="h-9 w-full" />
      <TableSkeleton rows={3} columns={columns} />
    </div>
  );
}
