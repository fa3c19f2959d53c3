"use client";

import { useQuery } from "@tanstack/react-query";
import { planCorsAction } from "@/lib/actions/cors/plan-cors";
import type { CorsScope } from "@/lib/domain/cors-headers";
import type { CorsSettings } from "@/lib/domain/cors-settings";
import type { Plan } from "@/lib/domain/plan";
import { callAction, type ActionFailure } from "../action-failure";
import { corsKeys } from "./keys";

type Variables = { envId: string; restApiId: string; scope: CorsScope; settings: CorsSettings; enabled: boolean };

/** The plan for these settings, read from the API as it is now; never cached past the dialog. */
export function useCorsPlanQuery({ envId, restApiId, scope, settings, enabled }: Variables) {
  return useQuery<Plan, ActionFailure>({
    queryKey: corsKeys.plan(envId, restApiId, scope, settings),
    queryFn: () => callAction(planCorsAction, { envId, restApiId, scope, settings }),
    enabled,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
