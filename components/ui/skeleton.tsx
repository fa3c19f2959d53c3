import { cn } from "./class-names";

export function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded bg-hover", className)} {...props} />;
}

/** Placeholder for a table while its rows load. */
export function TableSkeleton({ rows = 5, columns = 4 }: { rows?: number; columns?: number }) {
  return (
    <div className="rounded-lg border border-border" role="status" aria-label="Loading">
      <div className="h-8 border-b border-border bg-surface" />
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex h-9 items-center gap-6 border-b border-border px-3 last:border-b-0">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className={cn("h-3", column === 0 ? "w-40" : "w-24")} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** Placeholder for a list page: title, optional filter, table. */
export function ListPageSkeleton({ columns, rows, withFilter = false }: { columns: number; rows?: number; withFilter?: boolean }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2 pb-1">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-3.5 w-64" />
      </div>
      {withFilter ? <Skeleton className="h-8 w-72" /> : null}
      <TableSkeleton columns={columns} rows={rows} />
    </div>
  );
}
