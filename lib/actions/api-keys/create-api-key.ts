"use server";

import { revalidatePath } from "next/cache";
import { attachApiKey, createApiKey } from "@/lib/aws/api-keys";
import type { CreatedApiKey } from "@/lib/domain/api-key";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createApiKeySchema } from "./api-key-schemas";

export type CreateApiKeyResult = CreatedApiKey & {
  /** Set when the key was created but attaching it to the plan failed: the key exists, the attachment can be retried. */
  attachError: string | null;
};

/**
 * Creates a key and returns its value: the one time it leaves the server. The audit names the key, never its value.
 * With a plan, the key is attached too; a failed attachment is reported beside a key that does exist.
 */
export const createApiKeyAction = defineAction({
  name: "api-key.create",
  input: createApiKeySchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => input.name },
  async handler({ envId, usagePlanId, ...key }, ctx): Promise<CreateApiKeyResult> {
    const environment = await requireEnvironment(envId, ctx.db);
    let created: CreatedApiKey;
    try {
      const { value, requestId } = await createApiKey(environment, key);
      Object.assign(ctx.audit, { requestId, target: `${value.key.id} (${value.key.name})` });
      created = value;
    } catch (error) {
      // AWS's refusals here are about the value (too short, or already used by another key).
      if (error instanceof ConsoleError && (error.code === "validation" || error.code === "conflict")) {
        const message = error.code === "conflict" ? "Another API key already has this value. Choose another, or leave it empty." : error.message;
        throw new ConsoleError(error.code, message, { requestId: error.requestId, fieldErrors: { [key.value ? "value" : "name"]: [message] } });
      }
      throw error;
    }
    revalidatePath(`/env/${envId}/usage-plans`);
    if (!usagePlanId) return { ...created, attachError: null };
    try {
      await attachApiKey(environment, usagePlanId, created.key.id);
      Object.assign(ctx.audit, { detail: `attached to usage plan ${usagePlanId}` });
      return { ...created, key: { ...created.key, usagePlanIds: [usagePlanId] }, attachError: null };
    } catch (error) {
      if (!(error instanceof ConsoleError)) throw error;
      Object.assign(ctx.audit, { detail: `created; attaching to usage plan ${usagePlanId} failed: ${error.code}` });
      return { ...created, attachError: error.message };
    }
  },
});
