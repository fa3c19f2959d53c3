"use client";

import type { z } from "zod";
import { restoreAdvisorFindingAction } from "@/lib/actions/advisor/restore-advisor-finding";
import type { advisorFindingSchema } from "@/lib/actions/advisor/advisor-schemas";
import { useActionMutation } from "../action-mutation";
import { advisorKeys } from "./keys";

export function useRestoreAdvisorFindingMutation(onSuccess?: () => void) {
  return useActionMutation(
    restoreAdvisorFindingAction as (input: z.input<typeof advisorFindingSchema>) => ReturnType<typeof restoreAdvisorFindingAction>,
    (input) => advisorKeys.all(input.envId),
    onSuccess,
  );
}
