"use server";

import { revalidatePath } from "next/cache";
import { readApiDesign } from "@/lib/aws/api-design";
import { runApiGatewayPlan } from "@/lib/aws/plan-calls";
import { planCors } from "@/lib/domain/cors-plan";
import { describePlanRun } from "@/lib/domain/plan-runner";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { corsPlanSchema } from "./cors-schemas";

/**
 * Plans again from the API as it is now and runs the calls. After a partial failure, running it again plans
 * only what is still missing, which is how "retry the rest" works.
 */
export const applyCorsAction = defineAction({
  name: "cors.apply",
  input: corsPlanSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => (input.scope.kind === "api" ? input.restApiId : `${input.restApiId}/${input.scope.resourceId}`) },
  async handler({ envId, restApiId, scope, settings }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const result = planCors(await readApiDesign(environment, restApiId), scope, settings);
    if (!result.ok) throw new ConsoleError("validation", result.refusal.reason, { fieldErrors: { [`settings.${result.refusal.field}`]: [result.refusal.reason] } });
    const run = await runApiGatewayPlan(environment, result.plan.steps);
    const summary = describePlanRun(run, result.plan.steps.length);
    Object.assign(ctx.audit, { detail: `${settings.origins.join(" ")}: ${summary}`, requestId: run.outcomes.find((outcome) => outcome.status === "failed")?.requestId ?? null });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { plan: result.plan, run, summary };
  },
});
