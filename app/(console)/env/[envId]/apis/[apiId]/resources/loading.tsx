import { Skeleton } from "@/components/ui/skeleton";

export default function ResourcesLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading resources">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-5 w-56" />
      </div>
      <Skeleton className="h-9 w-full" />
      <div className="grid gap-5 md:grid-cols-[minmax(15rem,22rem)_minmax(0,1fr)]">
        <div className="flex flex-col gap-1.5 rounded-lg border border-border p-2">
          <Skeleton className="h-8 w-full" />
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-5" style={{ marginLeft: `${(i % 3) * 14}px` }} />
          ))}
        </div>
        <div className="flex flex-col gap-3">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-3 w-72" />
          <Skeleton className="h-32 w-full" />
        </div>
      </div>
    </div>
  );
}
