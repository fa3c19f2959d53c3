"use server";

import { revalidatePath } from "next/cache";
import { deleteUsagePlan, getUsagePlan } from "@/lib/aws/usage-plans";
import { apiStageId } from "@/lib/domain/usage-plan";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { deleteUsagePlanSchema } from "./usage-plan-schemas";

/** Deletes a plan once it has no API stages: AWS refuses while it has any, and so does this, naming them. */
export const deleteUsagePlanAction = defineAction({
  name: "usage-plan.delete",
  input: deleteUsagePlanSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => input.usagePlanId },
  async handler({ envId, usagePlanId, confirmName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const plan = await getUsagePlan(environment, usagePlanId);
    if (!plan) throw new ConsoleError("not_found", "This usage plan no longer exists. It may have been deleted elsewhere.");
    if (confirmName !== plan.name) throw new ConsoleError("validation", `Type ${plan.name} to confirm.`, { fieldErrors: { confirmName: [`Type ${plan.name} to confirm.`] } });
    if (plan.apiStages.length > 0) {
      const stages = plan.apiStages.map(apiStageId).join(", ");
      throw new ConsoleError("conflict", `AWS does not delete a usage plan that still has API stages. Remove ${stages} from the plan first.`);
    }
    const { requestId } = await deleteUsagePlan(environment, usagePlanId);
    Object.assign(ctx.audit, { requestId, target: `${usagePlanId} (${plan.name})` });
    revalidatePath(`/env/${envId}/usage-plans`);
    return null;
  },
});
