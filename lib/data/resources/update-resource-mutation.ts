"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { updateResourceAction } from "@/lib/actions/resources/update-resource";
import type { ApiResource } from "@/lib/domain/api-resource";
import { callAction, type ActionFailure } from "../action-failure";
import { resourceKeys } from "./keys";

export type UpdateResourceVariables = { envId: string; restApiId: string; resourceId: string; expectedPathPart: string; pathPart: string };

type Options = Omit<UseMutationOptions<ApiResource, ActionFailure, UpdateResourceVariables>, "mutationFn">;

/** Renames a resource after AWS confirms (the paths below it change too), then re-reads the tree; a conflict re-reads it as well. */
export function useUpdateResourceMutation({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  const refresh = (variables: UpdateResourceVariables) => queryClient.invalidateQueries({ queryKey: resourceKeys.all(variables.envId, variables.restApiId) });
  return useMutation<ApiResource, ActionFailure, UpdateResourceVariables>({
    mutationFn: (variables) => callAction(updateResourceAction, variables),
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
