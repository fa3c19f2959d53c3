"use client";

import { useQuery } from "@tanstack/react-query";
import { listStageNamesAction } from "@/lib/actions/cors/list-stage-names";
import { callAction, type ActionFailure } from "../action-failure";
import { corsKeys } from "./keys";

export function useStageNamesQuery({ envId, restApiId, enabled }: { envId: string; restApiId: string; enabled: boolean }) {
  return useQuery<string[], ActionFailure>({
    queryKey: corsKeys.stageNames(envId, restApiId),
    queryFn: () => callAction(listStageNamesAction, { envId, restApiId }),
    enabled,
  });
}
