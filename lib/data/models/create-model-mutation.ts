"use client";

import type { z } from "zod";
import { createModelAction } from "@/lib/actions/models/create-model";
import type { createModelSchema } from "@/lib/actions/models/model-schemas";
import { useActionMutation } from "../action-mutation";
import { modelKeys } from "./keys";

export function useCreateModelMutation(onSuccess?: (data: Awaited<ReturnType<typeof createModelAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never) => void) {
  return useActionMutation(createModelAction as (input: z.input<typeof createModelSchema>) => ReturnType<typeof createModelAction>, (input) => modelKeys.all(input.envId, input.restApiId), onSuccess);
}
