"use client";

import { restoreAdvisorFindingAction } from "@/lib/actions/advisor/restore-advisor-finding";
import { useActionMutation } from "../action-mutation";
import { advisorKeys } from "./keys";

export function useRestoreAdvisorFindingMutation(onSuccess?: () => void) {
  return useActionMutation(restoreAdvisorFindingAction, (input: { envId: string }) => advisorKeys.all(input.envId), onSuccess);
}
