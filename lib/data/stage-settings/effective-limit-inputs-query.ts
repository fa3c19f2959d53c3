"use client";

import { useQuery } from "@tanstack/react-query";
import type { EffectiveLimitInputs } from "@/lib/domain/effective-limits";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { stageSettingKeys } from "./keys";

export type EffectiveLimitVariables = { envId: string; restApiId: string; stageName: string; keyId: string | null };

export async function getEffectiveLimitInputs({ envId, restApiId, stageName, keyId }: EffectiveLimitVariables, signal?: AbortSignal): Promise<EffectiveLimitInputs> {
  const query = keyId ? `?${new URLSearchParams({ keyId })}` : "";
  return fetchConsoleJson<EffectiveLimitInputs>(`/api/env/${encodeURIComponent(envId)}/rest-apis/${encodeURIComponent(restApiId)}/stages/${encodeURIComponent(stageName)}/effective-limits${query}`, signal);
}

/** The account, stage and (with a key) usage-plan throttles; the server's first read seeds the no-key case. */
export function useEffectiveLimitInputsQuery(variables: EffectiveLimitVariables, initialData: EffectiveLimitInputs | undefined) {
  return useQuery<EffectiveLimitInputs, ActionFailure>({
    queryKey: stageSettingKeys.effectiveLimits(variables.envId, variables.restApiId, variables.stageName, variables.keyId),
    queryFn: ({ signal }) => getEffectiveLimitInputs(variables, signal),
    initialData: variables.keyId ? undefined : initialData,
  });
}
