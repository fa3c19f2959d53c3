"use client";

import type { z } from "zod";
import { deleteUsagePlanAction } from "@/lib/actions/usage-plans/delete-usage-plan";
import type { deleteUsagePlanSchema } from "@/lib/actions/usage-plans/usage-plan-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof deleteUsagePlanAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** DeleteUsagePlan, refused while the plan has API stages. */
export function useDeleteUsagePlanMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(deleteUsagePlanAction as (input: z.input<typeof deleteUsagePlanSchema>) => ReturnType<typeof deleteUsagePlanAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
