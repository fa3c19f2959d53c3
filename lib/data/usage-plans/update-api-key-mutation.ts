"use client";

import type { z } from "zod";
import { updateApiKeyAction } from "@/lib/actions/api-keys/update-api-key";
import type { setApiKeyEnabledSchema } from "@/lib/actions/api-keys/api-key-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof updateApiKeyAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** Enables or disables a key. */
export function useUpdateApiKeyMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(updateApiKeyAction as (input: z.input<typeof setApiKeyEnabledSchema>) => ReturnType<typeof updateApiKeyAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
