"use client";

import { useState } from "react";
import { useApplyCorsMutation } from "@/lib/data/cors/apply-cors-mutation";
import { useCorsPlanQuery } from "@/lib/data/cors/cors-plan-query";
import type { CorsScope } from "@/lib/domain/cors-headers";
import { defaultAllowHeaders } from "@/lib/domain/cors-settings";
import { PlanRunSummary } from "@/components/plan/plan-run-summary";
import { PlanView } from "@/components/plan/plan-view";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toaster";
import { CorsSettingsFields, toCorsSettings, type CorsSettingsForm } from "./cors-settings-fields";

const initialForm: CorsSettingsForm = { anyOrigin: false, origins: "", methods: ["GET", "POST"], allowHeaders: defaultAllowHeaders.join(","), exposeHeaders: "", allowCredentials: false, maxAge: "600" };

type CorsConfigurePanelProps = { envId: string; restApiId: string; scope: CorsScope; onDone: () => void };

/** Settings, then the plan of AWS calls, then each call's outcome. */
export function CorsConfigurePanel({ envId, restApiId, scope, onDone }: CorsConfigurePanelProps) {
  const [form, setForm] = useState(initialForm);
  const [reviewing, setReviewing] = useState(false);
  const settings = toCorsSettings(form);
  const plan = useCorsPlanQuery({ envId, restApiId, scope, settings, enabled: reviewing });
  const apply = useApplyCorsMutation();
  const result = apply.data;
  const fieldErrors = plan.error?.fieldErrors ?? apply.error?.fieldErrors ?? {};
  const shownPlan = result?.plan ?? plan.data;
  const run = () =>
    apply.mutate({ envId, restApiId, scope, settings }, { onSuccess: (data) => (data.run.failed ? undefined : toast.success(`CORS applied: ${data.summary}`)) });

  return (
    <>
      <DialogBody>
        {!reviewing ? (
          <CorsSettingsFields form={form} onChange={setForm} fieldErrors={fieldErrors} />
        ) : (
          <>
            <h3 className="text-[13px] font-semibold">{result ? "What was called" : "These calls will be made"}</h3>
            {plan.isPending ? <Skeleton className="h-32 w-full" /> : null}
            <FormAlert message={plan.error?.message ?? apply.error?.message ?? null} />
            {shownPlan ? <PlanView label="CORS plan" steps={shownPlan.steps} notes={shownPlan.notes} outcomes={result?.run.outcomes} emptyText="Nothing to change: CORS already matches these settings." /> : null}
            {result ? <PlanRunSummary run={result.run} summary={result.summary} retrying={apply.isPending} onRetry={run} /> : null}
          </>
        )}
      </DialogBody>
      <DialogFooter>
        {reviewing && !result ? (
          <Button className="mr-auto" onClick={() => (setReviewing(false), apply.reset())}>
            Back to settings
          </Button>
        ) : null}
        {!reviewing ? (
          <Button variant="primary" onClick={() => setReviewing(true)}>
            Review changes
          </Button>
        ) : result ? (
          <Button variant="primary" onClick={onDone}>
            Done
          </Button>
        ) : (
          <Button variant="primary" disabled={!plan.data || plan.data.steps.length === 0} pending={apply.isPending} onClick={run}>
            Apply {plan.data?.steps.length ?? ""} {plan.data?.steps.length === 1 ? "change" : "changes"}
          </Button>
        )}
      </DialogFooter>
    </>
  );
}
