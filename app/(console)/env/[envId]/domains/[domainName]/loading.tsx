import { Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function DomainNameLoading() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true" aria-label="Loading the domain name">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-6 w-72" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-44" />
        <Skeleton className="h-44" />
      </div>
      <TableSkeleton rows={3} columns={5} />
    </div>
  );
}
