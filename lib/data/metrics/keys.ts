import type { DashboardParams } from "@/lib/domain/dashboard-view";

/** Every metrics key is rooted at ["metrics", envId], so sending traffic or generating history refreshes every dashboard. */
export const metricKeys = {
  all: (envId: string) => ["metrics", envId] as const,
  dashboard: (envId: string, apiId: string | null, params: DashboardParams) => ["metrics", envId, "dashboard", apiId ?? "*", params] as const,
};
