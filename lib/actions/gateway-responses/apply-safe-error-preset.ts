"use server";

import { revalidatePath } from "next/cache";
import { readApiDesign } from "@/lib/aws/api-design";
import { runApiGatewayPlan } from "@/lib/aws/plan-calls";
import { planSafeErrorPreset } from "@/lib/domain/gateway-response-preset";
import { describePlanRun } from "@/lib/domain/plan-runner";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { gatewayResponsePresetSchema } from "./gateway-response-schemas";

/** Applies the safe error responses preset; run again after a partial failure, it plans only what is left. */
export const applySafeErrorPresetAction = defineAction({
  name: "gateway-response.apply-preset",
  input: gatewayResponsePresetSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => input.restApiId },
  async handler({ envId, restApiId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const plan = planSafeErrorPreset(await readApiDesign(environment, restApiId));
    const run = await runApiGatewayPlan(environment, plan.steps);
    const summary = describePlanRun(run, plan.steps.length);
    Object.assign(ctx.audit, { detail: `safe error responses: ${summary}` });
    revalidatePath(`/env/${envId}/apis/${restApiId}/gateway-responses`);
    return { plan, run, summary };
  },
});
