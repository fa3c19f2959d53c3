"use server";

import { readApiDesign } from "@/lib/aws/api-design";
import { planCorsRemoval } from "@/lib/domain/cors-removal";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { corsRemovalSchema } from "./cors-schemas";

/** What removing CORS from the scope would call; changes nothing. */
export const planCorsRemovalAction = defineAction({
  name: "cors.plan-removal",
  input: corsRemovalSchema,
  access: "editor",
  audit: false,
  async handler({ envId, restApiId, scope }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    return planCorsRemoval(await readApiDesign(environment, restApiId), scope);
  },
});
