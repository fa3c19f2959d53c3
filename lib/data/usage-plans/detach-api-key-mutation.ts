"use client";

import type { z } from "zod";
import { detachApiKeyAction } from "@/lib/actions/api-keys/detach-api-key";
import type { usagePlanKeySchema } from "@/lib/actions/api-keys/api-key-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof detachApiKeyAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** DeleteUsagePlanKey. */
export function useDetachApiKeyMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(detachApiKeyAction as (input: z.input<typeof usagePlanKeySchema>) => ReturnType<typeof detachApiKeyAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
