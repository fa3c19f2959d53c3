"use server";

import { readApiDesign } from "@/lib/aws/api-design";
import { planCors } from "@/lib/domain/cors-plan";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { corsPlanSchema } from "./cors-schemas";

/** The calls applying these CORS settings would make, read from the API as it is now; changes nothing. */
export const planCorsAction = defineAction({
  name: "cors.plan",
  input: corsPlanSchema,
  access: "editor",
  audit: false,
  async handler({ envId, restApiId, scope, settings }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const result = planCors(await readApiDesign(environment, restApiId), scope, settings);
    if (!result.ok) throw new ConsoleError("validation", result.refusal.reason, { fieldErrors: { [`settings.${result.refusal.field}`]: [result.refusal.reason] } });
    return result.plan;
  },
});
