"use client";

import { useQuery } from "@tanstack/react-query";
import type { UsagePlanDetail } from "./usage-plan-detail";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { usagePlanKeys } from "./keys";

/** One plan and every key; the server's first read is the initial data. */
export function useUsagePlanQuery(envId: string, usagePlanId: string, initialData: UsagePlanDetail) {
  return useQuery<UsagePlanDetail, ActionFailure>({
    queryKey: usagePlanKeys.detail(envId, usagePlanId),
    queryFn: ({ signal }) => fetchConsoleJson<UsagePlanDetail>(`/api/env/${encodeURIComponent(envId)}/usage-plans/${encodeURIComponent(usagePlanId)}`, signal),
    initialData,
  });
}
