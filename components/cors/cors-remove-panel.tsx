"use client";

import { useCorsRemovalPlanQuery } from "@/lib/data/cors/cors-removal-plan-query";
import { useRemoveCorsMutation } from "@/lib/data/cors/remove-cors-mutation";
import type { CorsScope } from "@/lib/domain/cors-headers";
import { PlanRunSummary } from "@/components/plan/plan-run-summary";
import { PlanView } from "@/components/plan/plan-view";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { Skeleton } from "@/components/ui/skeleton";

/** What removing CORS would take out (only what the configurator added), then the outcome of each call. */
export function CorsRemovePanel({ envId, restApiId, scope, onDone }: { envId: string; restApiId: string; scope: CorsScope; onDone: () => void }) {
  const plan = useCorsRemovalPlanQuery({ envId, restApiId, scope, enabled: true });
  const remove = useRemoveCorsMutation();
  const result = remove.data;
  const shown = result?.plan ?? plan.data;
  return (
    <>
      <DialogBody>
        <p className="text-[13px] text-muted-foreground">Only what the CORS configurator added is removed: unrelated headers, templates and methods stay.</p>
        {plan.isPending ? <Skeleton className="h-24 w-full" /> : null}
        <FormAlert message={plan.error?.message ?? remove.error?.message ?? null} />
        {shown ? <PlanView label="CORS removal plan" steps={shown.steps} notes={shown.notes} outcomes={result?.run.outcomes} emptyText="Nothing to remove: no CORS configuration found here." /> : null}
        {result ? <PlanRunSummary run={result.run} summary={result.summary} retrying={remove.isPending} onRetry={() => remove.mutate({ envId, restApiId, scope })} /> : null}
      </DialogBody>
      <DialogFooter>
        {result ? (
          <Button variant="primary" onClick={onDone}>
            Done
          </Button>
        ) : (
          <Button variant="danger" disabled={!plan.data || plan.data.steps.length === 0} pending={remove.isPending} onClick={() => remove.mutate({ envId, restApiId, scope })}>
            Remove CORS ({plan.data?.steps.length ?? 0} {plan.data?.steps.length === 1 ? "call" : "calls"})
          </Button>
        )}
      </DialogFooter>
    </>
  );
}
