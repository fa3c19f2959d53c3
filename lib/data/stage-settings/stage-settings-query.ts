"use client";

import { useQuery } from "@tanstack/react-query";
import { cacheClusterChanging } from "@/lib/domain/cache-cluster-status";
import type { StageSettings } from "@/lib/domain/stage-settings";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { stageSettingKeys } from "./keys";

export type StageSettingsVariables = { envId: string; restApiId: string; stageName: string };

const pollMs = 3_000;

export async function getStageSettings({ envId, restApiId, stageName }: StageSettingsVariables, signal?: AbortSignal): Promise<StageSettings> {
  return fetchConsoleJson<StageSettings>(`/api/env/${encodeURIComponent(envId)}/rest-apis/${encodeURIComponent(restApiId)}/stages/${encodeURIComponent(stageName)}/settings`, signal);
}

/** The stage's settings, starting from the server's read; polled every 3 s while the cache cluster is changing. */
export function useStageSettingsQuery(variables: StageSettingsVariables, initialData: StageSettings) {
  return useQuery<StageSettings, ActionFailure>({
    queryKey: stageSettingKeys.settings(variables.envId, variables.restApiId, variables.stageName),
    queryFn: ({ signal }) => getStageSettings(variables, signal),
    initialData,
    staleTime: 0,
    refetchInterval: (query) => (cacheClusterChanging(query.state.data?.cacheCluster.status ?? null) ? pollMs : false),
  });
}
