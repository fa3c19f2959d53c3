"use server";

import { revalidatePath } from "next/cache";
import { deleteApiKey } from "@/lib/aws/api-keys";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { deleteApiKeySchema } from "./api-key-schemas";

/** Deletes a key; AWS takes it out of its usage plans too. */
export const deleteApiKeyAction = defineAction({
  name: "api-key.delete",
  input: deleteApiKeySchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => input.apiKeyId },
  async handler({ envId, apiKeyId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { requestId } = await deleteApiKey(environment, apiKeyId);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/usage-plans`, "layout");
    return null;
  },
});
