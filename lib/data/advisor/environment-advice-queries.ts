"use client";

import { useQueries } from "@tanstack/react-query";
import type { ApiAdvice } from "@/lib/domain/advisor/api-advice";
import type { ActionFailure } from "../action-failure";
import { getApiAdvice } from "./api-advice-query";
import { advisorKeys } from "./keys";

export type ApiAdviceState = { restApiId: string; name: string; advice: ApiAdvice | null; error: ActionFailure | null; loading: boolean };

/** Every API's findings, read API by API through the shared queue; `checked` counts the reads that have answered. */
export function useEnvironmentAdviceQueries(envId: string, apis: readonly { id: string; name: string }[]) {
  return useQueries({
    queries: apis.map((api) => ({
      queryKey: advisorKeys.api(envId, api.id),
      queryFn: ({ signal }: { signal: AbortSignal }) => getApiAdvice({ envId, restApiId: api.id }, signal),
      staleTime: 60_000,
    })),
    combine: (results) => {
      const rows: ApiAdviceState[] = results.map((result, index) => ({
        restApiId: apis[index]!.id,
        name: apis[index]!.name,
        advice: result.data ?? null,
        error: (result.error as ActionFailure | null) ?? null,
        loading: result.isPending,
      }));
      return { rows, checked: rows.filter((row) => !row.loading).length, fetching: results.some((result) => result.isFetching) };
    },
  });
}
