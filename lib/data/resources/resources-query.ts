"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApiResource } from "@/lib/domain/api-resource";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { resourceKeys } from "./keys";

export type ResourcesVariables = { envId: string; restApiId: string };

export async function getResources({ envId, restApiId }: ResourcesVariables, signal?: AbortSignal): Promise<ApiResource[]> {
  return fetchConsoleJson<ApiResource[]>(`/api/env/${encodeURIComponent(envId)}/rest-apis/${encodeURIComponent(restApiId)}/resources`, signal);
}

/** The API's resources; the server's first read is the initial data, so opening the page makes no extra call. */
export function useResourcesQuery(variables: ResourcesVariables, initialData: ApiResource[]) {
  return useQuery<ApiResource[], ActionFailure>({
    queryKey: resourceKeys.list(variables.envId, variables.restApiId),
    queryFn: ({ signal }) => getResources(variables, signal),
    initialData,
  });
}
