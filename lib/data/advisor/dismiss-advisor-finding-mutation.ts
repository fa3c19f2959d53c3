"use client";

import { dismissAdvisorFindingAction } from "@/lib/actions/advisor/dismiss-advisor-finding";
import { useActionMutation } from "../action-mutation";
import { advisorKeys } from "./keys";

export function useDismissAdvisorFindingMutation(onSuccess?: () => void) {
  return useActionMutation(dismissAdvisorFindingAction, (input: { envId: string }) => advisorKeys.all(input.envId), onSuccess);
}
