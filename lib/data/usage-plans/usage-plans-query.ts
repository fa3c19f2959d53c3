"use client";

import { useQuery } from "@tanstack/react-query";
import type { UsagePlanListItem } from "@/lib/domain/usage-plan";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { usagePlanKeys } from "./keys";

/** Every usage plan; the server's first read is the initial data. */
export function useUsagePlansQuery(envId: string, initialData: UsagePlanListItem[]) {
  return useQuery<UsagePlanListItem[], ActionFailure>({
    queryKey: usagePlanKeys.list(envId),
    queryFn: ({ signal }) => fetchConsoleJson<UsagePlanListItem[]>(`/api/env/${encodeURIComponent(envId)}/usage-plans`, signal),
    initialData,
  });
}
