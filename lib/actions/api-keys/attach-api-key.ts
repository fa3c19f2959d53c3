"use server";

import { revalidatePath } from "next/cache";
import { attachApiKey } from "@/lib/aws/api-keys";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { usagePlanKeySchema } from "./api-key-schemas";

/** CreateUsagePlanKey: the key may call the plan's stages, within its limits. */
export const attachApiKeyAction = defineAction({
  name: "api-key.attach",
  input: usagePlanKeySchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.apiKeyId} -> ${input.usagePlanId}` },
  async handler({ envId, usagePlanId, apiKeyId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { requestId } = await attachApiKey(environment, usagePlanId, apiKeyId);
      Object.assign(ctx.audit, { requestId });
    } catch (error) {
      // A key may be in only one plan per API stage: AWS's conflict message names the clash.
      if (error instanceof ConsoleError && (error.code === "conflict" || error.code === "validation")) throw new ConsoleError(error.code, error.message, { requestId: error.requestId, fieldErrors: { apiKeyId: [error.message] } });
      throw error;
    }
    revalidatePath(`/env/${envId}/usage-plans`, "layout");
    return null;
  },
});
