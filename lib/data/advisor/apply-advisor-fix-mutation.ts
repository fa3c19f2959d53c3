"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applyAdvisorFixAction } from "@/lib/actions/advisor/apply-advisor-fix";
import { callAction, type ActionFailure } from "../action-failure";
import { advisorKeys } from "./keys";

type Variables = { envId: string; restApiId: string; findingKey: string };
export type AdvisorFixResult = Awaited<ReturnType<typeof applyAdvisorFix>>;

export function applyAdvisorFix(variables: Variables) {
  return callAction(applyAdvisorFixAction, variables);
}

/** Applies one finding's fix; every advisor read of the environment is refreshed, since a stage fix may clear findings elsewhere. */
export function useApplyAdvisorFixMutation() {
  const queryClient = useQueryClient();
  return useMutation<AdvisorFixResult, ActionFailure, Variables>({
    mutationFn: applyAdvisorFix,
    async onSettled(_data, _error, variables) {
      await queryClient.invalidateQueries({ queryKey: advisorKeys.all(variables.envId) });
    },
  });
}
