"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applySafeErrorPresetAction } from "@/lib/actions/gateway-responses/apply-safe-error-preset";
import { callAction, type ActionFailure } from "../action-failure";
import { gatewayResponseKeys } from "./keys";

type Variables = { envId: string; restApiId: string };
export type PlanApplyResult = Awaited<ReturnType<typeof applySafeErrorPreset>>;

export async function applySafeErrorPreset(variables: Variables) {
  return callAction(applySafeErrorPresetAction, variables);
}

/** Applies the preset; the page's server data is refreshed by the action's revalidatePath. */
export function useApplySafeErrorPresetMutation() {
  const queryClient = useQueryClient();
  return useMutation<PlanApplyResult, ActionFailure, Variables>({
    mutationFn: applySafeErrorPreset,
    async onSettled(_data, _error, variables) {
      await queryClient.invalidateQueries({ queryKey: gatewayResponseKeys.all(variables.envId, variables.restApiId) });
    },
  });
}
