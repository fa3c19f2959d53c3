"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { deleteRestApiAction } from "@/lib/actions/rest-apis/delete-rest-api";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { toast } from "sonner";
import { callAction, type ActionFailure } from "../action-failure";
import { restApiKeys } from "./keys";

export type DeleteRestApiVariables = { envId: string; restApiId: string; confirmName: string };

export async function deleteRestApi(variables: DeleteRestApiVariables): Promise<void> {
  await callAction(deleteRestApiAction, variables);
}

type Options = Omit<UseMutationOptions<void, ActionFailure, DeleteRestApiVariables>, "mutationFn">;

/** Deletes only after AWS confirms: a deletion that appears and then comes back would be worse than a short wait. */
export function useDeleteRestApiMutation({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<void, ActionFailure, DeleteRestApiVariables>({
    mutationFn: deleteRestApi,
    async onSuccess(data, variables, ...rest) {
      queryClient.setQueryData<RestApiSummary[]>(restApiKeys.list(variables.envId), (old) => old?.filter((api) => api.id !== variables.restApiId));
      queryClient.removeQueries({ queryKey: restApiKeys.detail(variables.envId, variables.restApiId) });
      await queryClient.invalidateQueries({ queryKey: restApiKeys.list(variables.envId) });
      await onSuccess?.(data, variables, ...rest);
    },
    async onError(error, variables, ...rest) {
      if (onError) await onError(error, variables, ...rest);
      else toast.error(error.message);
    },
    ...options,
  });
}
