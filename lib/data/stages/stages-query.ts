"use client";

import { useQuery } from "@tanstack/react-query";
import type { StagesOverview } from "@/lib/deployments/stages-overview";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { stageKeys } from "./keys";

export type StagesVariables = { envId: string; restApiId: string };

export async function getStagesOverview({ envId, restApiId }: StagesVariables, signal?: AbortSignal): Promise<StagesOverview> {
  return fetchConsoleJson<StagesOverview>(`/api/env/${encodeURIComponent(envId)}/rest-apis/${encodeURIComponent(restApiId)}/stages`, signal);
}

/** The stages with their undeployed changes; `enabled` lets a dialog read them only once opened. */
export function useStagesQuery(variables: StagesVariables, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery<StagesOverview, ActionFailure>({
    queryKey: stageKeys.overview(variables.envId, variables.restApiId),
    queryFn: ({ signal }) => getStagesOverview(variables, signal),
    enabled,
  });
}
