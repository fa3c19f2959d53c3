"use client";

import type { z } from "zod";
import { deleteModelAction } from "@/lib/actions/models/delete-model";
import type { deleteModelSchema } from "@/lib/actions/models/model-schemas";
import { useActionMutation } from "../action-mutation";
import { modelKeys } from "./keys";

export function useDeleteModelMutation(onSuccess?: (data: Awaited<ReturnType<typeof deleteModelAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never) => void) {
  return useActionMutation(deleteModelAction as (input: z.input<typeof deleteModelSchema>) => ReturnType<typeof deleteModelAction>, (input) => modelKeys.all(input.envId, input.restApiId), onSuccess);
}
