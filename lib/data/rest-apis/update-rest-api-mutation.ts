"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { updateRestApiAction } from "@/lib/actions/rest-apis/update-rest-api";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { toast } from "sonner";
import { callAction, type ActionFailure } from "../action-failure";
import { restApiKeys } from "./keys";

export type UpdateRestApiVariables = { envId: string; restApiId: string; name: string; description?: string };

export async function updateRestApi(variables: UpdateRestApiVariables): Promise<RestApiSummary> {
  return callAction(updateRestApiAction, variables);
}

type Snapshot = { list: RestApiSummary[] | undefined; detail: RestApiSummary | undefined };
type Options = Omit<UseMutationOptions<RestApiSummary, ActionFailure, UpdateRestApiVariables, Snapshot>, "mutationFn" | "onMutate">;

/** Renames optimistically (a rename is safe to show before AWS confirms it) and rolls back if AWS refuses. */
export function useUpdateRestApiMutation({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<RestApiSummary, ActionFailure, UpdateRestApiVariables, Snapshot>({
    mutationFn: updateRestApi,
    async onMutate({ envId, restApiId, name, description }) {
      await queryClient.cancelQueries({ queryKey: restApiKeys.all(envId) });
      const snapshot: Snapshot = {
        list: queryClient.getQueryData(restApiKeys.list(envId)),
        detail: queryClient.getQueryData(restApiKeys.detail(envId, restApiId)),
      };
      const apply = (api: RestApiSummary) => (api.id === restApiId ? { ...api, name, description: description || null } : api);
      queryClient.setQueryData<RestApiSummary[]>(restApiKeys.list(envId), (old) => old?.map(apply));
      queryClient.setQueryData<RestApiSummary>(restApiKeys.detail(envId, restApiId), (old) => (old ? apply(old) : old));
      return snapshot;
    },
    async onSuccess(data, variables, ...rest) {
      queryClient.setQueryData(restApiKeys.detail(variables.envId, variables.restApiId), data);
      await queryClient.invalidateQueries({ queryKey: restApiKeys.all(variables.envId) });
      await onSuccess?.(data, variables, ...rest);
    },
    async onError(error, variables, snapshot, ...rest) {
      if (snapshot) {
        queryClient.setQueryData(restApiKeys.list(variables.envId), snapshot.list);
        queryClient.setQueryData(restApiKeys.detail(variables.envId, variables.restApiId), snapshot.detail);
      }
      if (onError) await onError(error, variables, snapshot, ...rest);
      else toast.error(error.message);
    },
    ...options,
  });
}
