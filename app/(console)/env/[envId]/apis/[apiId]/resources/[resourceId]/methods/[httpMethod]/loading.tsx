import { Skeleton } from "@/components/ui/skeleton";

export default function MethodEditorLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-label="Loading the method">
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-32" />
        <Skeleton className="h-5 w-56" />
      </div>
      <Skeleton className="h-9 w-full" />
      <div className="grid grid-cols-6 gap-5">
        {Array.from({ length: 6 }, (_, index) => (
          <Skeleton key={index} className="h-12" />
        ))}
      </div>
      <Skeleton className="h-72 w-full" />
    </div>
  );
}
