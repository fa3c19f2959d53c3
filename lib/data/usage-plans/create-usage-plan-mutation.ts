"use client";

import type { z } from "zod";
import { createUsagePlanAction } from "@/lib/actions/usage-plans/create-usage-plan";
import type { createUsagePlanSchema } from "@/lib/actions/usage-plans/usage-plan-schemas";
import { useActionMutation } from "../action-mutation";
import { usagePlanKeys } from "./keys";

type Data = Awaited<ReturnType<typeof createUsagePlanAction>> extends { ok: true; data: infer T } | { ok: false } ? T : never;

/** CreateUsagePlan, then every plan and key view refreshes. */
export function useCreateUsagePlanMutation(onSuccess?: (data: Data) => void) {
  return useActionMutation(createUsagePlanAction as (input: z.input<typeof createUsagePlanSchema>) => ReturnType<typeof createUsagePlanAction>, (input) => usagePlanKeys.all(input.envId), onSuccess);
}
