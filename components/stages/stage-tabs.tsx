import { QueryTabLinks, queryTabOf } from "@/components/ui/query-tab-links";

// UI.md order: Overview, Variables, Settings, Throttling, Caching, Logs & metrics, Canary (each a ?tab= value).
export const stageTabs = [
  { id: "overview", label: "Overview" },
  { id: "variables", label: "Stage variables" },
  { id: "settings", label: "Settings" },
  { id: "throttling", label: "Throttling" },
  { id: "caching", label: "Caching" },
  { id: "logs", label: "Logs & metrics" },
  { id: "canary", label: "Canary" },
] as const;

export type StageTab = (typeof stageTabs)[number]["id"];

/** Reads ?tab=, defaulting to the overview. */
export function stageTabOf(value: string | string[] | undefined): StageTab {
  return queryTabOf(stageTabs, value);
}

/** The stage's sections as links: the tab lives in the query string, so it can be shared. */
export function StageTabs({ base, current }: { base: string; current: StageTab }) {
  return <QueryTabLinks base={base} tabs={stageTabs} current={current} label="Stage sections" />;
}
