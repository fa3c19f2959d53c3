"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { createRestApiAction } from "@/lib/actions/rest-apis/create-rest-api";
import type { EndpointType, RestApiSummary } from "@/lib/domain/rest-api";
import { toast } from "sonner";
import { callAction, type ActionFailure } from "../action-failure";
import { restApiKeys } from "./keys";

export type CreateRestApiVariables = { envId: string; name: string; description?: string; endpointType: EndpointType };

export async function createRestApi(variables: CreateRestApiVariables): Promise<RestApiSummary> {
  return callAction(createRestApiAction, variables);
}

type Options = Omit<UseMutationOptions<RestApiSummary, ActionFailure, CreateRestApiVariables>, "mutationFn">;

/** Creates a REST API; the new API joins the cached list at once (its id is known only now), then the list is re-read. */
export function useCreateRestApiMutation({ onSuccess, onError, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<RestApiSummary, ActionFailure, CreateRestApiVariables>({
    mutationFn: createRestApi,
    async onSuccess(data, variables, ...rest) {
      queryClient.setQueryData<RestApiSummary[]>(restApiKeys.list(variables.envId), (old) => (old ? [...old, data] : old));
      await queryClient.invalidateQueries({ queryKey: restApiKeys.all(variables.envId) });
      await onSuccess?.(data, variables, ...rest);
    },
    async onError(error, variables, ...rest) {
      if (onError) await onError(error, variables, ...rest);
      else toast.error(error.message);
    },
    ...options,
  });
}
