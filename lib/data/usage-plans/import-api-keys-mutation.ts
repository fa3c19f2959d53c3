"use client";

import type { z } from "zod";
import { importApiKeysAction } from "@/lib/actions/api-keys/import-api-keys";
import type { importApiKeysSchema } from "@/lib/actions/api-keys/api-key-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof importApiKeysAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** ImportApiKeys from CSV, with AWS's per-row warnings. */
export function useImportApiKeysMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(importApiKeysAction as (input: z.input<typeof importApiKeysSchema>) => ReturnType<typeof importApiKeysAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
