"use client";

import { useApplyAdvisorFixMutation } from "@/lib/data/advisor/apply-advisor-fix-mutation";
import type { Finding } from "@/lib/domain/advisor/types";
import { PlanRunSummary } from "@/components/plan/plan-run-summary";
import { PlanView } from "@/components/plan/plan-view";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";

export type FixableFinding = Finding & { fix: NonNullable<Finding["fix"]> };

type ReviewFixDialogProps = { envId: string; restApiId: string; finding: FixableFinding; canApply: boolean; onClose: () => void };

/**
 * The fix's exact calls before anything runs; Apply re-derives them on the server and reports each call's outcome.
 * Rendered outside the finding list, so the outcome stays on screen after the fixed finding leaves the list.
 */
export function ReviewFixDialog({ envId, restApiId, finding, canApply, onClose }: ReviewFixDialogProps) {
  const apply = useApplyAdvisorFixMutation();
  const result = apply.data;
  const plan = result?.plan ?? finding.fix.plan;
  const run = () =>
    apply.mutate(
      { envId, restApiId, findingKey: finding.key },
      { onSuccess: (data) => (data.run.failed ? undefined : toast.success(`Fixed: ${data.title}`)) },
    );
  return (
    <Dialog open onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent title={finding.fix.summary} description={finding.title} className="max-w-2xl">
        <DialogBody>
          <PlanView label="Planned calls" steps={plan.steps} notes={plan.notes} outcomes={result?.run.outcomes} />
          <FormAlert message={apply.error?.message ?? null} />
          {result ? <PlanRunSummary run={result.run} summary={result.summary} retrying={apply.isPending} onRetry={run} /> : null}
          {!canApply ? <p className="text-xs text-muted-foreground">Applying a fix needs the deployer role: fixes change live stages.</p> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>{result ? "Done" : "Cancel"}</Button>
          {!result && canApply ? (
            <Button variant="primary" pending={apply.isPending} onClick={run}>
              Apply {plan.steps.length} {plan.steps.length === 1 ? "change" : "changes"}
            </Button>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
