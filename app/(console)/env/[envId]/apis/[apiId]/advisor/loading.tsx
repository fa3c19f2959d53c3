import { Skeleton } from "@/components/ui/skeleton";

export default function ApiAdvisorLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading the advisor">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-5 w-56" />
      </div>
      <Skeleton className="h-9 w-full" />
      <Skeleton className="h-14 w-full" />
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-28 w-full" />
      <Skeleton className="h-28 w-full" />
    </div>
  );
}
