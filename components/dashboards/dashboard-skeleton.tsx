import { Skeleton } from "@/components/ui/skeleton";
import { ChartGridSkeleton } from "./dashboard-charts";

/** What a dashboard looks like while its first read runs: header, totals, charts. */
export function DashboardSkeleton({ withHeader = true }: { withHeader?: boolean }) {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading dashboard">
      {withHeader ? (
        <div className="flex items-start justify-between pb-1">
          <div className="flex flex-col gap-2">
            <Skeleton className="h-5 w-32" />
            <Skeleton className="h-3.5 w-72" />
          </div>
          <Skeleton className="h-8 w-96" />
        </div>
      ) : null}
      <Skeleton className="h-3.5 w-80" />
      <Skeleton className="h-14 w-full" />
      <ChartGridSkeleton count={4} />
    </div>
  );
}
