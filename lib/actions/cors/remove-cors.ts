"use server";

import { revalidatePath } from "next/cache";
import { readApiDesign } from "@/lib/aws/api-design";
import { runApiGatewayPlan } from "@/lib/aws/plan-calls";
import { planCorsRemoval } from "@/lib/domain/cors-removal";
import { describePlanRun } from "@/lib/domain/plan-runner";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { corsRemovalSchema } from "./cors-schemas";

/** Takes out what the configurator added in the scope, and nothing else; a partial failure is retried by running it again. */
export const removeCorsAction = defineAction({
  name: "cors.remove",
  input: corsRemovalSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => (input.scope.kind === "api" ? input.restApiId : `${input.restApiId}/${input.scope.resourceId}`) },
  async handler({ envId, restApiId, scope }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const plan = planCorsRemoval(await readApiDesign(environment, restApiId), scope);
    const run = await runApiGatewayPlan(environment, plan.steps);
    const summary = describePlanRun(run, plan.steps.length);
    Object.assign(ctx.audit, { detail: summary });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { plan, run, summary };
  },
});
