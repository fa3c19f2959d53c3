"use server";

import { revalidatePath } from "next/cache";
import { setApiKeyEnabled } from "@/lib/aws/api-keys";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { setApiKeyEnabledSchema } from "./api-key-schemas";

/** Enables or disables a key; a disabled key is refused by every stage (403) but keeps its plans. */
export const updateApiKeyAction = defineAction({
  name: "api-key.update",
  input: setApiKeyEnabledSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => input.apiKeyId },
  async handler({ envId, apiKeyId, enabled }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { value, requestId } = await setApiKeyEnabled(environment, apiKeyId, enabled);
    Object.assign(ctx.audit, { requestId, target: `${apiKeyId} (${value.name})`, detail: enabled ? "enabled" : "disabled" });
    revalidatePath(`/env/${envId}/usage-plans`, "layout");
    return value;
  },
});
