"use client";

import { useQuery, type UseQueryOptions } from "@tanstack/react-query";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { restApiKeys } from "./keys";

export type RestApisVariables = { envId: string | undefined };

export async function getRestApis({ envId }: RestApisVariables, signal?: AbortSignal): Promise<RestApiSummary[]> {
  if (!envId) throw new Error("envId is required");
  return fetchConsoleJson<RestApiSummary[]>(`/api/env/${encodeURIComponent(envId)}/rest-apis`, signal);
}

export type RestApisData = Awaited<ReturnType<typeof getRestApis>>;
export type RestApisError = ActionFailure;

export function useRestApisQuery(
  { envId }: RestApisVariables,
  { enabled = true, ...options }: Omit<UseQueryOptions<RestApisData, RestApisError>, "queryKey" | "queryFn" | "enabled"> & { enabled?: boolean } = {},
) {
  return useQuery<RestApisData, RestApisError>({
    queryKey: restApiKeys.list(envId),
    queryFn: ({ signal }) => getRestApis({ envId }, signal),
    enabled: enabled && typeof envId !== "undefined",
    ...options,
  });
}
