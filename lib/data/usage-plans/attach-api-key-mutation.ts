"use client";

import type { z } from "zod";
import { attachApiKeyAction } from "@/lib/actions/api-keys/attach-api-key";
import type { usagePlanKeySchema } from "@/lib/actions/api-keys/api-key-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof attachApiKeyAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** CreateUsagePlanKey. */
export function useAttachApiKeyMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(attachApiKeyAction as (input: z.input<typeof usagePlanKeySchema>) => ReturnType<typeof attachApiKeyAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
