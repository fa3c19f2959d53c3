import type { ExecutionLogStep } from "@/lib/domain/execution-log";

/** The execution log in the steps of the request flow; long lines wrap, timestamps stay in a narrow column. */
export function ExecutionLogView({ steps }: { steps: ExecutionLogStep[] }) {
  if (steps.length === 0) return <p className="text-[13px] text-muted-foreground">AWS returned no execution log.</p>;
  return (
    <ol className="flex flex-col gap-3" aria-label="Execution log">
      {steps.map((step, index) => (
        <li key={`${step.title}-${index}`} className="rounded-md border border-border">
          <h4 className="border-b border-border bg-surface px-3 py-1.5 text-xs font-semibold text-muted-foreground">{step.title}</h4>
          <ul className="flex flex-col divide-y divide-border">
            {step.entries.map((entry, entryIndex) => (
              <li key={entryIndex} className="grid grid-cols-[5.5rem_minmax(0,1fr)] gap-3 px-3 py-1 font-mono text-xs">
                <span className="text-subtle-foreground" title={entry.time ?? undefined}>
                  {entry.time ? entry.time.split(" ")[3] : ""}
                </span>
                <span className="whitespace-pre-wrap break-words">{entry.text}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
