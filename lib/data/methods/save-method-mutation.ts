"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { saveMethodAction } from "@/lib/actions/methods/save-method";
import type { MethodDefinition } from "@/lib/domain/method-definition";
import type { MethodSaveResult } from "@/lib/domain/method-save-result";
import { callAction, type ActionFailure } from "../action-failure";
import { resourceKeys } from "../resources/keys";
import { methodKeys } from "./keys";

export type SaveMethodVariables = { envId: string; restApiId: string; resourceId: string; httpMethod: string; loaded: MethodDefinition; edited: MethodDefinition };

type Options = Omit<UseMutationOptions<MethodSaveResult, ActionFailure, SaveMethodVariables>, "mutationFn">;

/** Saves a method; a conflict or a partial save is data for the editor to show, not an error. */
export function useSaveMethodMutation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<MethodSaveResult, ActionFailure, SaveMethodVariables>({
    mutationFn: (variables) => callAction(saveMethodAction, variables),
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
