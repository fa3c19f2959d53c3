import type { PatchOperation } from "@/lib/domain/plan";

/** The exact UpdateUsagePlan call a save sends: one row per patch operation. */
export function PatchOperationsPreview({ usagePlanId, operations }: { usagePlanId: string; operations: readonly PatchOperation[] }) {
  if (operations.length === 0) return null;
  return (
    <section aria-label="Patch operations to send" className="flex flex-col gap-1.5 rounded-md border border-border bg-surface px-3 py-2">
      <p className="text-xs text-muted-foreground">
        Saving sends <span className="font-mono text-foreground">UpdateUsagePlan</span> for <span className="font-mono text-foreground">{usagePlanId}</span> with {operations.length} {operations.length === 1 ? "operation" : "operations"}:
      </p>
      <ol className="flex flex-col gap-0.5 font-mono text-xs">
        {operations.map((operation, index) => (
          <li key={index} className="flex gap-2">
            <span className="w-14 shrink-0 text-muted-foreground">{operation.op}</span>
            <span className="break-all">{operation.path}</span>
            {operation.value !== undefined ? <span className="break-all text-accent">{JSON.stringify(operation.value)}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The save bar's summary: the operations are listed in full just above it. */
export function operationCount(count: number): string[] {
  return count === 0 ? [] : [`${count} UpdateUsagePlan ${count === 1 ? "operation" : "operations"} (listed above)`];
}
