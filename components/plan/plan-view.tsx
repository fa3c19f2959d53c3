import { CircleCheck, CircleDashed, CircleMinus, CircleX, Info } from "lucide-react";
import type { PlanNote } from "@/lib/domain/plan";
import type { StepOutcome } from "@/lib/domain/plan-runner";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { cn } from "@/components/ui/class-names";

/** What the view needs of a step: any feature's plan fits (CORS, presets, imports). */
export type PlanViewStep = { id: string; title: string; operation: string; keyParams: ReadonlyArray<readonly [string, string]> };

type PlanViewProps = {
  steps: readonly PlanViewStep[];
  notes?: readonly PlanNote[];
  /** Present once the plan has run: each step's outcome by id. */
  outcomes?: readonly StepOutcome[];
  /** Shown when there is nothing to do. */
  emptyText?: string;
  label: string;
};

const statusView = {
  planned: { icon: CircleDashed, className: "text-subtle-foreground", text: "Planned" },
  applied: { icon: CircleCheck, className: "text-success", text: "Applied" },
  failed: { icon: CircleX, className: "text-danger", text: "Failed" },
  "not-run": { icon: CircleMinus, className: "text-subtle-foreground", text: "Not run" },
} as const;

/** The AWS calls a change makes, in order, with each call's status once it has run. */
export function PlanView({ steps, notes = [], outcomes, emptyText = "Nothing to change: the API already matches.", label }: PlanViewProps) {
  const byId = new Map(outcomes?.map((outcome) => [outcome.stepId, outcome]));
  return (
    <div className="flex flex-col gap-3">
      {steps.length === 0 ? (
        <p className="rounded-md border border-border bg-surface px-3 py-2 text-[13px] text-muted-foreground">{emptyText}</p>
      ) : (
        <ol aria-label={label} className="flex flex-col divide-y divide-border rounded-md border border-border">
          {steps.map((step, index) => {
            const outcome = byId.get(step.id);
            const view = statusView[outcome?.status ?? "planned"];
            const Icon = view.icon;
            return (
              <li key={step.id} className="flex items-start gap-2.5 px-3 py-2">
                <Icon className={cn("mt-0.5 size-4 shrink-0", view.className)} aria-label={view.text} role="img" />
                <div className="flex min-w-0 flex-col gap-0.5">
                  <p className="text-[13px]">
                    <span className="mr-1.5 tabular-nums text-subtle-foreground">{index + 1}.</span>
                    {step.title}
                  </p>
                  <p className="truncate font-mono text-xs text-muted-foreground">
                    {step.operation}
                    {step.keyParams.map(([key, value]) => (
                      <span key={key} className="ml-2">
                        {key}=<span className="text-foreground">{value}</span>
                      </span>
                    ))}
                  </p>
                  {outcome?.status === "failed" ? (
                    <p className="text-xs font-medium text-danger" role="alert">
                      {outcome.message}
                      {outcome.requestId ? <span className="ml-1 font-normal text-muted-foreground">(request id {outcome.requestId})</span> : null}
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {notes.map((note) => (
        <div key={note.title} className="flex items-start gap-2 text-[13px]">
          <Info className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
          <div className="flex min-w-0 flex-1 flex-col gap-1.5">
            <p>
              <span className="font-medium">{note.title}.</span> <span className="text-muted-foreground">{note.text}</span>
            </p>
            {note.snippet ? <CodeSnippet code={note.snippet} label={`Code for ${note.title}`} /> : null}
          </div>
        </div>
      ))}
    </div>
  );
}
