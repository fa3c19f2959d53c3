import type { PatchOperation } from "@/lib/domain/plan";

/** The exact UpdateStage patch operations a save will send, shown before it is sent. */
export function PatchOperationList({ patches, note }: { patches: readonly PatchOperation[]; note?: string }) {
  if (patches.length === 0) return null;
  return (
    <section aria-label="Changes to send" className="flex flex-col gap-1.5">
      <h3 className="text-[13px] font-medium">
        Changes to send <span className="font-normal text-muted-foreground">(one UpdateStage call; AWS applies all of them or none)</span>
      </h3>
      <ol aria-label="Patch operations" className="flex flex-col divide-y divide-border rounded-md border border-border bg-surface font-mono text-xs">
        {patches.map((patch) => (
          <li key={`${patch.op} ${patch.path}`} className="flex min-w-0 gap-2 px-3 py-1.5">
            <span className="w-14 shrink-0 text-muted-foreground">{patch.op}</span>
            <span className="shrink-0">{patch.path}</span>
            {patch.value !== undefined ? <span className="min-w-0 truncate text-muted-foreground" title={patch.value}>= {JSON.stringify(patch.value)}</span> : null}
          </li>
        ))}
      </ol>
      {note ? <p className="text-xs text-muted-foreground">{note}</p> : null}
    </section>
  );
}
