"use client";

import { useState } from "react";
import { ShieldCheck } from "lucide-react";
import { useApplySafeErrorPresetMutation } from "@/lib/data/gateway-responses/apply-safe-error-preset-mutation";
import { useSafeErrorPresetPlanQuery } from "@/lib/data/gateway-responses/safe-error-preset-plan-query";
import { safeErrorTemplate } from "@/lib/domain/gateway-response-preset";
import { PlanRunSummary } from "@/components/plan/plan-run-summary";
import { PlanView } from "@/components/plan/plan-view";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { Skeleton } from "@/components/ui/skeleton";

/** The one-click safe error responses preset: the plan first, then each call's outcome. */
export function SafeErrorPresetDialog({ envId, restApiId }: { envId: string; restApiId: string }) {
  const [open, setOpen] = useState(false);
  const plan = useSafeErrorPresetPlanQuery({ envId, restApiId, enabled: open });
  const apply = useApplySafeErrorPresetMutation();
  const result = apply.data;
  const shown = result?.plan ?? plan.data;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) apply.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="primary">
          <ShieldCheck aria-hidden />
          Safe error responses…
        </Button>
      </DialogTrigger>
      <DialogContent title="Apply safe error responses" description="DEFAULT_4XX and DEFAULT_5XX answer one JSON shape that exposes no internals." className="max-w-2xl">
        <DialogBody>
          <pre className="rounded-md border border-border bg-surface px-3 py-2 font-mono text-xs" aria-label="Error body template">
            {safeErrorTemplate}
          </pre>
          {plan.isPending && !result ? <Skeleton className="h-24 w-full" /> : null}
          <FormAlert message={plan.error?.message ?? apply.error?.message ?? null} />
          {shown ? <PlanView label="Planned calls" steps={shown.steps} notes={shown.notes} outcomes={result?.run.outcomes} emptyText="Nothing to change: DEFAULT_4XX and DEFAULT_5XX already answer in this shape." /> : null}
          {result ? <PlanRunSummary run={result.run} summary={result.summary} retrying={apply.isPending} onRetry={() => apply.mutate({ envId, restApiId })} /> : null}
        </DialogBody>
        <DialogFooter>
          <Button onClick={() => setOpen(false)}>{result ? "Done" : "Cancel"}</Button>
          {!result ? (
            <Button variant="primary" disabled={!plan.data || plan.data.steps.length === 0} pending={apply.isPending} onClick={() => apply.mutate({ envId, restApiId })}>
              Apply {plan.data?.steps.length ?? ""} {plan.data?.steps.length === 1 ? "change" : "changes"}
            </Button>
          ) : null}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
