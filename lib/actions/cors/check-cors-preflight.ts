"use server";

import { checkPreflight } from "@/lib/aws/cors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { preflightCheckSchema } from "./cors-schemas";

/** Sends a real preflight (and a GET/HEAD) to a deployed stage and says whether a browser would allow the call. */
export const checkCorsPreflightAction = defineAction({
  name: "cors.check-preflight",
  input: preflightCheckSchema,
  access: "viewer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.stage}${input.path}` },
  async handler({ envId, ...check }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const result = await checkPreflight(environment, check);
    Object.assign(ctx.audit, { detail: `${check.method} from ${check.origin}: ${result.verdict.allowed ? "allowed" : "blocked"}` });
    return result;
  },
});
