"use server";

import { readApiDesign } from "@/lib/aws/api-design";
import { planSafeErrorPreset } from "@/lib/domain/gateway-response-preset";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { gatewayResponsePresetSchema } from "./gateway-response-schemas";

/** The calls the safe error responses preset would make; changes nothing. */
export const planSafeErrorPresetAction = defineAction({
  name: "gateway-response.plan-preset",
  input: gatewayResponsePresetSchema,
  access: "editor",
  audit: false,
  async handler({ envId, restApiId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    return planSafeErrorPreset(await readApiDesign(environment, restApiId));
  },
});
