import { cn } from "@/components/ui/class-names";

// One muted hue per verb family, the same everywhere a method is named (tree, tables, method editor),
// so a reader finds DELETE or ANY at a glance. Read-only verbs share one hue; writes another.
const verbClasses: Record<string, string> = {
  GET: "bg-sky-500/10 text-sky-800 dark:text-sky-300",
  HEAD: "bg-sky-500/10 text-sky-800 dark:text-sky-300",
  OPTIONS: "bg-slate-500/10 text-slate-700 dark:text-slate-300",
  POST: "bg-emerald-500/10 text-emerald-800 dark:text-emerald-300",
  PUT: "bg-amber-500/10 text-amber-800 dark:text-amber-300",
  PATCH: "bg-amber-500/10 text-amber-800 dark:text-amber-300",
  DELETE: "bg-rose-500/10 text-rose-800 dark:text-rose-300",
  ANY: "bg-violet-500/10 text-violet-800 dark:text-violet-300",
};

/** An HTTP verb as a small badge in the designer's verb colours. */
export function MethodBadge({ method, className }: { method: string; className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex h-4 items-center rounded px-1 font-mono text-[10px] font-semibold leading-none tracking-wide",
        verbClasses[method] ?? "bg-hover text-muted-foreground",
        className,
      )}
    >
      {method}
    </span>
  );
}
