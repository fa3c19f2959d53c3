"use client";

import type { z } from "zod";
import { dismissAdvisorFindingAction } from "@/lib/actions/advisor/dismiss-advisor-finding";
import type { dismissAdvisorFindingSchema } from "@/lib/actions/advisor/advisor-schemas";
import { useActionMutation } from "../action-mutation";
import { advisorKeys } from "./keys";

export function useDismissAdvisorFindingMutation(onSuccess?: () => void) {
  return useActionMutation(
    dismissAdvisorFindingAction as (input: z.input<typeof dismissAdvisorFindingSchema>) => ReturnType<typeof dismissAdvisorFindingAction>,
    (input) => advisorKeys.all(input.envId),
    onSuccess,
  );
}
