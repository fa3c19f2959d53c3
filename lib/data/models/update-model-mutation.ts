"use client";

import type { z } from "zod";
import { updateModelAction } from "@/lib/actions/models/update-model";
import type { updateModelSchema } from "@/lib/actions/models/model-schemas";
import { useActionMutation } from "../action-mutation";
import { modelKeys } from "./keys";

export function useUpdateModelMutation(onSuccess?: (data: Awaited<ReturnType<typeof updateModelAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never) => void) {
  return useActionMutation(updateModelAction as (input: z.input<typeof updateModelSchema>) => ReturnType<typeof updateModelAction>, (input) => modelKeys.all(input.envId, input.restApiId), onSuccess);
}
