"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { removeCorsAction } from "@/lib/actions/cors/remove-cors";
import type { CorsScope } from "@/lib/domain/cors-headers";
import { callAction, type ActionFailure } from "../action-failure";
import type { PlanRunResult } from "./apply-cors-mutation";
import { corsKeys } from "./keys";

type Target = { envId: string; restApiId: string; scope: CorsScope };

/** Removes what the configurator added in the scope. */
export function useRemoveCorsMutation() {
  const queryClient = useQueryClient();
  return useMutation<PlanRunResult, ActionFailure, Target>({
    mutationFn: (variables) => callAction(removeCorsAction, variables),
    onSettled: (_data, _error, { envId, restApiId }) => queryClient.invalidateQueries({ queryKey: corsKeys.all(envId, restApiId) }),
  });
}
