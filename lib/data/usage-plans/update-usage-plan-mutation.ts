"use client";

import type { z } from "zod";
import { updateUsagePlanAction } from "@/lib/actions/usage-plans/update-usage-plan";
import type { updateUsagePlanSchema } from "@/lib/actions/usage-plans/usage-plan-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof updateUsagePlanAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** Sends the reviewed UpdateUsagePlan operations. */
export function useUpdateUsagePlanMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(updateUsagePlanAction as (input: z.input<typeof updateUsagePlanSchema>) => ReturnType<typeof updateUsagePlanAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
