"use client";

import { CircleExclamationPoint, TriangleAlert } from "lucide-react";
import { describeChange } from "@/lib/domain/method-changes";
import type { MethodSaveResult } from "@/lib/domain/method-save-result";
import { Button } from "@/components/ui/button";

type SaveOutcomeAlertProps = {
  outcome: Exclude<MethodSaveResult, { status: "saved" }>;
  pending: boolean;
  onReload: () => void;
  onRetry: () => void;
};

/** A save that did not go through: someone else's changes (nothing saved), or a save that stopped part-way. */
export function SaveOutcomeAlert({ outcome, pending, onReload, onRetry }: SaveOutcomeAlertProps) {
  if (outcome.status === "conflict") {
    return (
      <div role="alert" className="mb-4 flex flex-col gap-2 rounded-md border border-warning/40 bg-warning-soft px-3 py-2.5 text-[13px]">
        <p className="flex items-center gap-2 font-medium">
          <TriangleAlert className="size-4 text-warning" aria-hidden /> Not saved: this method was changed by someone else after you opened it.
        </p>
        <ul className="list-disc pl-6" aria-label="Changes made elsewhere">
          {outcome.changes.map((change) => (
            <li key={change.field}>{describeChange(change)}</li>
          ))}
        </ul>
        <div className="flex items-center gap-2">
          <Button size="sm" variant="primary" onClick={onReload}>Reload the latest (discards your edits)</Button>
          <span className="text-xs text-muted-foreground">Your edits stay on screen until you reload.</span>
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="mb-4 flex flex-col gap-2 rounded-md border border-danger/30 bg-danger-soft px-3 py-2.5 text-[13px]">
      <p className="flex items-center gap-2 font-medium">
        <CircleExclamationPoint className="size-4 text-danger" aria-hidden /> Saved only in part: {outcome.failed.step} failed. {outcome.failed.message}
      </p>
      <StepList title="Applied" steps={outcome.applied} />
      <StepList title="Not sent" steps={[outcome.failed.step, ...outcome.notRun]} />
      <div className="flex items-center gap-2">
        {outcome.current ? (
          <Button size="sm" variant="primary" pending={pending} onClick={onRetry}>Retry the rest</Button>
        ) : (
          <Button size="sm" variant="primary" onClick={onReload}>Reload the method</Button>
        )}
      </div>
    </div>
  );
}

function StepList({ title, steps }: { title: string; steps: readonly string[] }) {
  if (steps.length === 0) return null;
  return (
    <div>
      <p className="text-xs font-medium text-muted-foreground">{title}</p>
      <ul className="list-disc pl-6 font-mono text-[12px]" aria-label={title}>
        {steps.map((step, index) => (
          <li key={index} className="break-all">{step}</li>
        ))}
      </ul>
    </div>
  );
}
