"use server";

import { revalidatePath } from "next/cache";
import { resetGatewayResponse } from "@/lib/aws/gateway-responses";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { resetGatewayResponseSchema } from "./gateway-response-schemas";

/** Puts AWS's default back for one response type. */
export const resetGatewayResponseAction = defineAction({
  name: "gateway-response.reset",
  input: resetGatewayResponseSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.responseType}` },
  async handler({ envId, restApiId, responseType }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { requestId } = await resetGatewayResponse(environment, restApiId, responseType);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/apis/${restApiId}/gateway-responses`);
    return null;
  },
});
