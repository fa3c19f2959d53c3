import type { PatchOperation } from "@/lib/domain/plan";

const line = (patch: PatchOperation) => `${patch.op.padEnd(7)} ${patch.path}${patch.value === undefined ? "" : `  "${patch.value}"`}`;

/** The exact UpdateStage operations a save will send, shown before it is sent. */
export function PatchOperationsPreview({ patches, label = "UpdateStage will send" }: { patches: PatchOperation[]; label?: string }) {
  if (patches.length === 0) return null;
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-xs font-medium text-muted-foreground">
        {label} {patches.length} patch {patches.length === 1 ? "operation" : "operations"}:
      </p>
      <pre aria-label="Patch operations" className="overflow-x-auto rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs leading-5 text-foreground">
        {patches.map(line).join("\n")}
      </pre>
    </div>
  );
}
