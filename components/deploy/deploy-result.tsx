"use client";

import { CircleCheck, CircleDashed, CircleX, ExternalLink, LoaderCircle } from "lucide-react";
import { deployStepLabels, type DeployOutcome } from "@/lib/domain/deploy-steps";
import { Button } from "@/components/ui/button";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { cn } from "@/components/ui/class-names";

export type DeployResultData = DeployOutcome & { invokeUrl: string };

const stepIcons = { done: CircleCheck, failed: CircleX, "not-run": CircleDashed } as const;
const stepTones = { done: "text-success", failed: "text-danger", "not-run": "text-subtle-foreground" } as const;

/** The steps as they ended, the summary of what was applied, and where to go next. */
export function DeployResult({ result, onRetry, retrying }: { result: DeployResultData; onRetry: () => void; retrying: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-1.5" aria-label="Deploy steps">
        {result.steps.map((step) => {
          const Icon = stepIcons[step.status];
          return (
            <li key={step.name} className="flex items-start gap-2 text-[13px]">
              <Icon className={cn("mt-0.5 size-4 shrink-0", stepTones[step.status])} aria-hidden />
              <span className="font-medium">{deployStepLabels[step.name]}</span>
              <span className="sr-only">: {step.status === "not-run" ? "not run" : step.status}</span>
              {step.detail ? <span className="min-w-0 text-muted-foreground">— {step.detail}</span> : null}
            </li>
          );
        })}
      </ol>
      <p role="status" className={cn("rounded-md border px-3 py-2 text-[13px]", result.status === "deployed" ? "border-success/30 bg-success-soft" : "border-warning/30 bg-warning-soft")}>
        {result.summary}
      </p>
      {result.status === "deployed" ? (
        <div className="flex flex-col gap-2">
          <a href={result.invokeUrl} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-[13px] text-accent hover:underline">
            Open the invoke URL <ExternalLink className="size-3.5" aria-hidden />
          </a>
          <CodeSnippet label="test request" code={`curl -i ${result.invokeUrl}`} />
        </div>
      ) : (
        <Button variant="primary" onClick={onRetry} pending={retrying} className="self-start">
          Retry the rest
        </Button>
      )}
    </div>
  );
}

/** While the deploy runs: the steps it goes through, in order (the server reports how each ended). */
export function DeployPendingSteps() {
  return (
    <ol className="flex flex-col gap-1.5" aria-label="Deploying" aria-busy="true">
      {Object.values(deployStepLabels).map((label) => (
        <li key={label} className="flex items-center gap-2 text-[13px] text-muted-foreground">
          <LoaderCircle className="size-4 shrink-0 animate-spin" aria-hidden />
          {label}
        </li>
      ))}
    </ol>
  );
}
