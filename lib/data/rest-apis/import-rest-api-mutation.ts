"use client";

import { useMutation, useQueryClient, type UseMutationOptions } from "@tanstack/react-query";
import { importRestApiAction } from "@/lib/actions/rest-apis/import-rest-api";
import type { ImportedApi } from "@/lib/aws/openapi-import";
import type { BasePathMode } from "@/lib/domain/openapi-import-preview";
import type { EndpointType } from "@/lib/domain/rest-api";
import { callAction, type ActionFailure } from "../action-failure";
import { restApiKeys } from "./keys";

export type ImportRestApiVariables = { envId: string; document: string; failOnWarnings: boolean; endpointType: EndpointType; basePath: BasePathMode };
type Options = Omit<UseMutationOptions<ImportedApi, ActionFailure, ImportRestApiVariables>, "mutationFn">;

/** Creates an API from a document; the list is re-read afterwards (the new API's id is known only now). */
export function useImportRestApiMutation({ onSuccess, ...options }: Options = {}) {
  const queryClient = useQueryClient();
  return useMutation<ImportedApi, ActionFailure, ImportRestApiVariables>({
    mutationFn: (variables) => callAction(importRestApiAction, variables),
    async onSuccess(data, variables, ...rest) {
      await queryClient.invalidateQueries({ queryKey: restApiKeys.all(variables.envId) });
      await onSuccess?.(data, variables, ...rest);
    },
    ...options,
  });
}
