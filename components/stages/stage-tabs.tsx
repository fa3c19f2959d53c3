import Link from "next/link";
import { cn } from "@/components/ui/class-names";

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
  return stageTabs.find((tab) => tab.id === value)?.id ?? "overview";
}

/** The stage's sections as links: the tab lives in the query string, so it can be shared. */
export function StageTabs({ base, current }: { base: string; current: StageTab }) {
  return (
    <nav aria-label="Stage sections" className="mb-4 border-b border-border">
      <ul className="-mb-px flex gap-4">
        {stageTabs.map((tab) => (
          <li key={tab.id}>
            <Link
              href={tab.id === "overview" ? base : `${base}?tab=${tab.id}`}
              aria-current={tab.id === current ? "page" : undefined}
              className={cn(
                "inline-flex h-9 items-center border-b-2 px-0.5 text-[13px] font-medium transition-colors",
                tab.id === current ? "border-accent text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
