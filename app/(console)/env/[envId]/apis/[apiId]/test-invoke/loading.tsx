import { Skeleton } from "@/components/ui/skeleton";

export default function TestInvokeLoading() {
  return (
    <div className="flex max-w-5xl flex-col gap-4" role="status" aria-label="Loading">
      <Skeleton className="h-5 w-56" />
      <Skeleton className="h-9 w-full" />
      <div className="flex gap-3">
        <Skeleton className="h-8 w-80" />
        <Skeleton className="h-8 w-36" />
      </div>
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-32 w-full" />
    </div>
  );
}
