"use client";

import { useQuery } from "@tanstack/react-query";
import { planCorsRemovalAction } from "@/lib/actions/cors/plan-cors-removal";
import type { CorsScope } from "@/lib/domain/cors-headers";
import type { Plan } from "@/lib/domain/plan";
import { callAction, type ActionFailure } from "../action-failure";
import { corsKeys } from "./keys";

export function useCorsRemovalPlanQuery({ envId, restApiId, scope, enabled }: { envId: string; restApiId: string; scope: CorsScope; enabled: boolean }) {
  return useQuery<Plan, ActionFailure>({
    queryKey: corsKeys.removalPlan(envId, restApiId, scope),
    queryFn: () => callAction(planCorsRemovalAction, { envId, restApiId, scope }),
    enabled,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
