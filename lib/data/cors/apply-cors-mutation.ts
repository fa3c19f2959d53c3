"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { applyCorsAction } from "@/lib/actions/cors/apply-cors";
import type { CorsScope } from "@/lib/domain/cors-headers";
import type { CorsSettings } from "@/lib/domain/cors-settings";
import type { Plan } from "@/lib/domain/plan";
import type { PlanRun } from "@/lib/domain/plan-runner";
import { callAction, type ActionFailure } from "../action-failure";
import { corsKeys } from "./keys";

export type PlanRunResult = { plan: Plan; run: PlanRun; summary: string };
type Target = { envId: string; restApiId: string; scope: CorsScope };

/** Applies CORS settings; called again after a partial failure, it plans and runs only the rest. */
export function useApplyCorsMutation() {
  const queryClient = useQueryClient();
  return useMutation<PlanRunResult, ActionFailure, Target & { settings: CorsSettings }>({
    mutationFn: (variables) => callAction(applyCorsAction, variables),
    onSettled: (_data, _error, { envId, restApiId }) => queryClient.invalidateQueries({ queryKey: corsKeys.all(envId, restApiId) }),
  });
}
