"use client";

import type { z } from "zod";
import { deleteApiKeyAction } from "@/lib/actions/api-keys/delete-api-key";
import type { deleteApiKeySchema } from "@/lib/actions/api-keys/api-key-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof deleteApiKeyAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** DeleteApiKey. */
export function useDeleteApiKeyMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(deleteApiKeyAction as (input: z.input<typeof deleteApiKeySchema>) => ReturnType<typeof deleteApiKeyAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
