"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { putMethodAction, type PutMethodResult } from "@/lib/actions/methods/put-method";
import type { NewMethodIntegration } from "@/lib/domain/default-method";
import { callAction, type ActionFailure } from "../action-failure";
import { resourceKeys } from "../resources/keys";
import { methodKeys } from "./keys";

export type PutMethodVariables = { envId: string; restApiId: string; resourceId: string; httpMethod: string; integration: NewMethodIntegration };

type Options = Omit<UseMutationOptions<PutMethodResult, ActionFailure, PutMethodVariables>, "mutationFn">;

/** Adds a method with its default integration. */
export function usePutMethodMutation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<PutMethodResult, ActionFailure, PutMethodVariables>({
    mutationFn: (variables) => callAction(putMethodAction, variables),
    async onSuccess(data, variables, ...rest) {
      // The resource tree shows each method's verb, authorization and integration: it is stale too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: methodKeys.all(variables.envId, variables.restApiId) }),
        queryClient.invalidateQueries({ queryKey: resourceKeys.all(variables.envId, variables.restApiId) }),
      ]);
      await onSuccess?.(data, variables, ...rest);
    },
    ...options,
  });
}
