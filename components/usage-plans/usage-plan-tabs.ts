import type { QueryTab } from "@/components/ui/query-tab-links";

// Plain data, not in the "use client" pages: the server pages read ?tab= against these too.

export type UsagePlansTab = "plans" | "keys";

export const usagePlansTabs: readonly QueryTab<UsagePlansTab>[] = [
  { id: "plans", label: "Usage plans" },
  { id: "keys", label: "API keys" },
];

export type UsagePlanTab = "settings" | "stages" | "keys" | "usage";

export const usagePlanTabs: readonly QueryTab<UsagePlanTab>[] = [
  { id: "settings", label: "Settings" },
  { id: "stages", label: "API stages" },
  { id: "keys", label: "API keys" },
  { id: "usage", label: "Usage" },
];
