"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { deleteMethodAction } from "@/lib/actions/methods/delete-method";
import { callAction, type ActionFailure } from "../action-failure";
import { resourceKeys } from "../resources/keys";
import { methodKeys } from "./keys";

export type DeleteMethodVariables = { envId: string; restApiId: string; resourceId: string; httpMethod: string; confirm: string };
type DeleteMethodData = { httpMethod: string; resourcePath: string };

type Options = Omit<UseMutationOptions<DeleteMethodData, ActionFailure, DeleteMethodVariables>, "mutationFn">;

/** Deletes only after AWS confirms, then forgets the method's cached reads. */
export function useDeleteMethodMutation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<DeleteMethodData, ActionFailure, DeleteMethodVariables>({
    mutationFn: (variables) => callAction(deleteMethodAction, variables),
    async onSuccess(data, variables, ...rest) {
      queryClient.removeQueries({ queryKey: methodKeys.detail(variables.envId, variables.restApiId, variables.resourceId, variables.httpMethod) });
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
