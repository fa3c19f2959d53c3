"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { deleteResourceAction } from "@/lib/actions/resources/delete-resource";
import { callAction, type ActionFailure } from "../action-failure";
import { resourceKeys } from "./keys";

export type DeleteResourceVariables = {
  envId: string;
  restApiId: string;
  resourceId: string;
  confirmPath: string;
  expectedResources: number;
  expectedMethods: number;
};

type Result = { id: string; path: string };
type Options = Omit<UseMutationOptions<Result, ActionFailure, DeleteResourceVariables>, "mutationFn">;

/** Deletes only after AWS confirms; a changed subtree (conflict) re-reads the tree so the dialog shows the new counts. */
export function useDeleteResourceMutation({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  const refresh = (variables: DeleteResourceVariables) => queryClient.invalidateQueries({ queryKey: resourceKeys.all(variables.envId, variables.restApiId) });
  return useMutation<Result, ActionFailure, DeleteResourceVariables>({
    mutationFn: (variables) => callAction(deleteResourceAction, variables),
    async onSuccess(data, variables, ...rest) {
      await refresh(variables);
      await onSuccess?.(data, variables, ...rest);
    },
    async onError(error, variables, ...rest) {
      if (error.code === "conflict" || error.code === "not_found") void refresh(variables);
      await onError?.(error, variables, ...rest);
    },
    ...options,
  });
}
