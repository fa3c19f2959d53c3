"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApiKeySummary } from "@/lib/domain/api-key";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { usagePlanKeys } from "./keys";

/** Every API key, never with values. */
export function useApiKeysQuery(envId: string, initialData: ApiKeySummary[]) {
  return useQuery<ApiKeySummary[], ActionFailure>({
    queryKey: usagePlanKeys.apiKeys(envId),
    queryFn: ({ signal }) => fetchConsoleJson<ApiKeySummary[]>(`/api/env/${encodeURIComponent(envId)}/api-keys`, signal),
    initialData,
  });
}
