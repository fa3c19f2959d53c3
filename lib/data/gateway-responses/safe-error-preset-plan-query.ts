"use client";

import { useQuery } from "@tanstack/react-query";
import { planSafeErrorPresetAction } from "@/lib/actions/gateway-responses/plan-safe-error-preset";
import type { Plan } from "@/lib/domain/plan";
import { callAction, type ActionFailure } from "../action-failure";
import { gatewayResponseKeys } from "./keys";

/** The preset's plan, read fresh each time the dialog opens: it depends on the API's current responses. */
export function useSafeErrorPresetPlanQuery({ envId, restApiId, enabled }: { envId: string; restApiId: string; enabled: boolean }) {
  return useQuery<Plan, ActionFailure>({
    queryKey: gatewayResponseKeys.presetPlan(envId, restApiId),
    queryFn: () => callAction(planSafeErrorPresetAction, { envId, restApiId }),
    enabled,
    staleTime: 0,
  });
}
