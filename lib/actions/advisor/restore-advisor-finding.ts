"use server";

import { revalidatePath } from "next/cache";
import { restoreAdvisorFinding } from "@/lib/advisor/dismissals";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { advisorFindingSchema } from "./advisor-schemas";

/** Undoes a dismissal, so the finding counts again. Editor, the same role that dismisses. */
export const restoreAdvisorFindingAction = defineAction({
  name: "advisor.restore",
  input: advisorFindingSchema,
  access: "editor",
  transaction: true,
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.findingKey}` },
  async handler({ envId, restApiId, findingKey }, ctx) {
    const restored = await restoreAdvisorFinding(ctx.db, { envId, restApiId }, findingKey);
    if (!restored) throw new ConsoleError("not_found", "That finding is not dismissed (someone may have restored it already).");
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    revalidatePath(`/env/${envId}/advisor`);
    return { findingKey };
  },
});
