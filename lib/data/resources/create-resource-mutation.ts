"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { createResourceAction } from "@/lib/actions/resources/create-resource";
import type { ApiResource } from "@/lib/domain/api-resource";
import { callAction, type ActionFailure } from "../action-failure";
import { resourceKeys } from "./keys";

export type CreateResourceVariables = { envId: string; restApiId: string; parentId: string; pathPart: string };

type Options = Omit<UseMutationOptions<ApiResource, ActionFailure, CreateResourceVariables>, "mutationFn">;

/** Creates a child resource; it joins the cached tree at once (its id is known only now), then the tree is re-read. */
export function useCreateResourceMutation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<ApiResource, ActionFailure, CreateResourceVariables>({
    mutationFn: (variables) => callAction(createResourceAction, variables),
    async onSuccess(data, variables, ...rest) {
      queryClient.setQueryData<ApiResource[]>(resourceKeys.list(variables.envId, variables.restApiId), (old) => (old ? [...old, data] : old));
      void queryClient.invalidateQueries({ queryKey: resourceKeys.all(variables.envId, variables.restApiId) });
      await onSuccess?.(data, variables, ...rest);
    },
    ...options,
  });
}
