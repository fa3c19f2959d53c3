"use client";

import type { z } from "zod";
import { createApiKeyAction } from "@/lib/actions/api-keys/create-api-key";
import type { createApiKeySchema } from "@/lib/actions/api-keys/api-key-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof createApiKeyAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** CreateApiKey (and CreateUsagePlanKey with a plan); the value in the answer is shown once. */
export function useCreateApiKeyMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(createApiKeyAction as (input: z.input<typeof createApiKeySchema>) => ReturnType<typeof createApiKeyAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
