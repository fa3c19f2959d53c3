"use server";

import { revalidatePath } from "next/cache";
import { getUsagePlan, updateUsagePlan } from "@/lib/aws/usage-plans";
import { usagePlanPatchOperations } from "@/lib/domain/usage-plan-patch";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateUsagePlanSchema } from "./usage-plan-schemas";

/**
 * Sends the UpdateUsagePlan operations the person reviewed. They are recomputed from the plan as AWS has it now;
 * if that gives other operations (someone changed the plan meanwhile), nothing is sent and the page shows the new ones.
 */
export const updateUsagePlanAction = defineAction({
  name: "usage-plan.update",
  input: updateUsagePlanSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => input.usagePlanId },
  async handler({ envId, usagePlanId, plan, reviewed }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const current = await getUsagePlan(environment, usagePlanId);
    if (!current) throw new ConsoleError("not_found", "This usage plan no longer exists. It may have been deleted elsewhere.");
    const operations = usagePlanPatchOperations(current, plan);
    if (JSON.stringify(operations) !== JSON.stringify(reviewed)) {
      throw new ConsoleError("conflict", "The usage plan changed since this page read it, so the operations would differ from the ones shown. Reload to review them again.");
    }
    if (operations.length === 0) return current;
    const { value, requestId } = await updateUsagePlan(environment, usagePlanId, operations);
    Object.assign(ctx.audit, { requestId, target: `${usagePlanId} (${value.name})`, detail: operations.map((operation) => `${operation.op} ${operation.path}`).join(", ").slice(0, 500) });
    revalidatePath(`/env/${envId}/usage-plans`);
    revalidatePath(`/env/${envId}/usage-plans/${usagePlanId}`);
    return value;
  },
});
