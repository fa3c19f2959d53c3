"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { putRestApiAction } from "@/lib/actions/rest-apis/put-rest-api";
import type { ImportedApi } from "@/lib/aws/openapi-import";
import type { BasePathMode } from "@/lib/domain/openapi-import-preview";
import { callAction, type ActionFailure } from "../action-failure";
import { restApiKeys } from "./keys";

export type PutRestApiVariables = {
  envId: string;
  restApiId: string;
  document: string;
  mode: "merge" | "overwrite";
  failOnWarnings: boolean;
  basePath: BasePathMode;
  confirmName?: string;
};
type Options = Omit<UseMutationOptions<ImportedApi, ActionFailure, PutRestApiVariables>, "mutationFn">;

/** Merges a document into an API or overwrites it; every cached read of the environment's APIs is re-read. */
export function usePutRestApiMutation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<ImportedApi, ActionFailure, PutRestApiVariables>({
    mutationFn: (variables) => callAction(putRestApiAction, variables),
    async onSuccess(data, variables, ...rest) {
      await queryClient.invalidateQueries({ queryKey: restApiKeys.all(variables.envId) });
      await onSuccess?.(data, variables, ...rest);
    },
    ...options,
  });
}
