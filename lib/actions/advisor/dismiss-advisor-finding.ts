"use server";

import { revalidatePath } from "next/cache";
import { dismissAdvisorFinding } from "@/lib/advisor/dismissals";
import { defineAction } from "../action-client";
import { dismissAdvisorFindingSchema } from "./advisor-schemas";

/** Dismisses a finding with a reason. Editor, like any change to the API's design: it changes nothing in AWS and can be undone. */
export const dismissAdvisorFindingAction = defineAction({
  name: "advisor.dismiss",
  input: dismissAdvisorFindingSchema,
  access: "editor",
  transaction: true,
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.findingKey}` },
  async handler({ envId, restApiId, findingKey, reason }, ctx) {
    await dismissAdvisorFinding(ctx.db, { envId, restApiId }, { findingKey, reason, dismissedBy: ctx.user.email });
    Object.assign(ctx.audit, { detail: `reason: ${reason}` });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    revalidatePath(`/env/${envId}/advisor`);
    return { findingKey };
  },
});
