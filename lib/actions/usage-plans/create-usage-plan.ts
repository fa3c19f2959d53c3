"use server";

import { revalidatePath } from "next/cache";
import { createUsagePlan } from "@/lib/aws/usage-plans";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createUsagePlanSchema } from "./usage-plan-schemas";

/** Creates a plan with its throttle and quota; API stages are added on the plan's page. */
export const createUsagePlanAction = defineAction({
  name: "usage-plan.create",
  input: createUsagePlanSchema,
  // Usage plans decide who may call an API and how much, so they sit with deploying, not editing.
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => input.name },
  async handler({ envId, ...plan }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await createUsagePlan(environment, plan);
      Object.assign(ctx.audit, { requestId, target: `${value.id} (${value.name})` });
      revalidatePath(`/env/${envId}/usage-plans`);
      return value;
    } catch (error) {
      if (error instanceof ConsoleError && error.code === "validation") throw new ConsoleError("validation", error.message, { requestId: error.requestId, fieldErrors: { [fieldOf(error.message)]: [error.message] } });
      throw error;
    }
  },
});

/** AWS names the setting it refused; the message goes beside that field. */
function fieldOf(message: string): string {
  if (/quota offset/i.test(message)) return "quota.offset";
  if (/quota period/i.test(message)) return "quota.period";
  if (/quota/i.test(message)) return "quota.limit";
  if (/burst/i.test(message)) return "throttle.burstLimit";
  if (/rate/i.test(message)) return "throttle.rateLimit";
  return "name";
}
