"use server";

import { revalidatePath } from "next/cache";
import { detachApiKey } from "@/lib/aws/api-keys";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { usagePlanKeySchema } from "./api-key-schemas";

/** DeleteUsagePlanKey: the key stays, but no longer calls the plan's stages. */
export const detachApiKeyAction = defineAction({
  name: "api-key.detach",
  input: usagePlanKeySchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.apiKeyId} -> ${input.usagePlanId}` },
  async handler({ envId, usagePlanId, apiKeyId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { requestId } = await detachApiKey(environment, usagePlanId, apiKeyId);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/usage-plans`, "layout");
    return null;
  },
});
