"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApiAdvice } from "@/lib/domain/advisor/api-advice";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { advisorKeys } from "./keys";
import { limitConcurrency } from "./read-queue";

export type ApiAdviceVariables = { envId: string; restApiId: string };

export function apiAdviceUrl({ envId, restApiId }: ApiAdviceVariables): string {
  return `/api/env/${encodeURIComponent(envId)}/advisor/${encodeURIComponent(restApiId)}`;
}

/** At most four API reads at a time: an environment of 200 APIs fills in steadily instead of 200 requests at once. */
const readQueue = limitConcurrency(4);

export function getApiAdvice(variables: ApiAdviceVariables, signal?: AbortSignal): Promise<ApiAdvice> {
  return readQueue(() => fetchConsoleJson<ApiAdvice>(apiAdviceUrl(variables), signal), signal);
}

/** One API's findings; `initialData` is the server's first read when the page made one. */
export function useApiAdviceQuery(variables: ApiAdviceVariables, options: { initialData?: ApiAdvice; enabled?: boolean } = {}) {
  return useQuery<ApiAdvice, ActionFailure>({
    queryKey: advisorKeys.api(variables.envId, variables.restApiId),
    queryFn: ({ signal }) => getApiAdvice(variables, signal),
    initialData: options.initialData,
    enabled: options.enabled ?? true,
    // A snapshot costs a dozen AWS calls: placements on several screens share one read for a minute.
    staleTime: 60_000,
  });
}
