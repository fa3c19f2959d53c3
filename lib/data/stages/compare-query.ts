"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReviewedDiff } from "@/lib/deployments/stage-documents";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { stageKeys } from "./keys";

export type CompareVariables = { envId: string; restApiId: string; before: string; after: string };

export async function getComparison({ envId, restApiId, before, after }: CompareVariables, signal?: AbortSignal): Promise<ReviewedDiff> {
  const query = new URLSearchParams({ before, after });
  return fetchConsoleJson<ReviewedDiff>(`/api/env/${encodeURIComponent(envId)}/rest-apis/${encodeURIComponent(restApiId)}/compare?${query}`, signal);
}

/** The diff between two documents (`working`, `empty`, `stage:<name>`, `deployment:<id>`). */
export function useCompareQuery(variables: CompareVariables, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<ReviewedDiff, ActionFailure>({
    queryKey: stageKeys.compare(variables.envId, variables.restApiId, variables.before, variables.after),
    queryFn: ({ signal }) => getComparison(variables, signal),
    enabled,
  });
}
