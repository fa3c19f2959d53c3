"use server";

import { revalidatePath } from "next/cache";
import { readApiAdvisorSnapshot } from "@/lib/advisor/read-api-advice";
import { forgetAdvisorSharedReads } from "@/lib/aws/advisor-shared-reads";
import { runApiGatewayPlan } from "@/lib/aws/plan-calls";
import { evaluateAdvisor } from "@/lib/domain/advisor/evaluate";
import { describePlanRun } from "@/lib/domain/plan-runner";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { advisorFindingSchema } from "./advisor-schemas";

/**
 * Applies one finding's fix. The plan is re-derived from a fresh read, never taken from the browser, so a finding
 * fixed elsewhere meanwhile is refused rather than applied twice; run again after a partial failure, the rule plans
 * only what is still wrong. Deployer, because fixes change live stages (throttling, usage plans, domains) at once.
 */
export const applyAdvisorFixAction = defineAction({
  name: "advisor.apply-fix",
  input: advisorFindingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.findingKey}` },
  async handler({ envId, restApiId, findingKey }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    // The fix is planned from what AWS holds now, never from reads shared a few seconds ago.
    forgetAdvisorSharedReads(envId);
    const snapshot = await readApiAdvisorSnapshot(environment, restApiId, ctx.db);
    const finding = evaluateAdvisor(snapshot).findings.find((candidate) => candidate.key === findingKey);
    if (!finding) throw new ConsoleError("conflict", "This finding no longer applies: the API changed since the page was read. Refresh to see the current findings.");
    if (!finding.fix) throw new ConsoleError("validation", `"${finding.title}" has no automatic fix. ${finding.remedy}`);
    const { plan } = finding.fix;
    const run = await runApiGatewayPlan(environment, plan.steps);
    forgetAdvisorSharedReads(envId);
    const summary = describePlanRun(run, plan.steps.length);
    const lastRequestId = [...run.outcomes].reverse().find((outcome) => outcome.status === "applied");
    Object.assign(ctx.audit, {
      detail: `${finding.fix.summary}: ${summary}`,
      requestId: lastRequestId?.status === "applied" ? lastRequestId.requestId : null,
    });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    revalidatePath(`/env/${envId}/advisor`);
    return { findingKey, title: finding.title, plan, run, summary };
  },
});
