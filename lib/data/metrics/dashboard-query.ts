"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { DashboardData, DashboardParams } from "@/lib/domain/dashboard-view";
import { fetchConsoleJson, type ActionFailure } from "../action-failure";
import { metricKeys } from "./keys";

export type DashboardVariables = { envId: string; apiId: string | null; params: DashboardParams };

/** The URL of the JSON route behind both dashboards: the overview without apiId, one API with it. */
export function dashboardUrl({ envId, apiId, params }: DashboardVariables): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, tz: undefined, refresh: undefined })) if (value) search.set(key, value);
  const base = `/api/env/${encodeURIComponent(envId)}/dashboards`;
  return `${base}${apiId ? `/${encodeURIComponent(apiId)}` : ""}?${search}`;
}

const refreshIntervals: Record<string, number> = { "10s": 10_000, "1m": 60_000 };

/**
 * One dashboard's data; polls at the URL's auto-refresh interval and keeps the last data on screen while a new range
 * loads. The server's first read seeds only the key of the URL it was read for, never a range chosen later.
 */
export function useDashboardQuery(variables: DashboardVariables, initial: { url: string; data: DashboardData }) {
  const url = dashboardUrl(variables);
  return useQuery<DashboardData, ActionFailure>({
    queryKey: metricKeys.dashboard(variables.envId, variables.apiId, { ...variables.params, tz: undefined, refresh: undefined }),
    queryFn: ({ signal }) => fetchConsoleJson<DashboardData>(url, signal),
    initialData: url === initial.url ? initial.data : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: refreshIntervals[variables.params.refresh ?? ""] ?? false,
    staleTime: 5_000,
  });
}
