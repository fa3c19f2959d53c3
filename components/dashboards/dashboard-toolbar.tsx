"use client";

import { RefreshCw } from "lucide-react";
import type { DashboardParams } from "@/lib/domain/dashboard-view";
import { presetRanges } from "@/lib/domain/metric-range";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import { cn } from "@/components/ui/class-names";

type DashboardToolbarProps = {
  params: DashboardParams;
  onChange: (patch: Partial<DashboardParams>) => void;
  onRefresh: () => void;
  refreshing: boolean;
  /** Extra pickers (stage, method) shown before the range. */
  children?: React.ReactNode;
};

const timezoneOptions: SelectOption[] = [
  { value: "local", label: "Local time" },
  { value: "utc", label: "UTC" },
];
const refreshOptions: SelectOption[] = [
  { value: "off", label: "Refresh off" },
  { value: "10s", label: "Refresh 10 s" },
  { value: "1m", label: "Refresh 1 min" },
];

/** Range, timezone and auto-refresh controls; every choice is written to the URL. */
export function DashboardToolbar({ params, onChange, onRefresh, refreshing, children }: DashboardToolbarProps) {
  const current = params.range ?? "1h";
  return (
    <div className="flex flex-wrap items-center gap-2">
      {children}
      <div role="group" aria-label="Time range" className="inline-flex rounded-md border border-border-strong bg-surface-raised p-0.5">
        {presetRanges.map((range) => (
          <button
            key={range}
            type="button"
            aria-pressed={current === range}
            onClick={() => onChange({ range })}
            className={cn(
              "h-6 rounded px-2 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
              current === range ? "bg-accent-soft text-accent" : "text-muted-foreground hover:bg-hover hover:text-foreground",
            )}
          >
            {range}
          </button>
        ))}
        {current === "custom" ? (
          <span aria-current="true" className="inline-flex h-6 items-center rounded bg-accent-soft px-2 text-[13px] font-medium text-accent">
            Custom
          </span>
        ) : null}
      </div>
      <Select aria-label="Timezone" className="w-32" value={params.tz === "utc" ? "utc" : "local"} options={timezoneOptions} onValueChange={(tz) => onChange({ tz: tz === "utc" ? "utc" : undefined })} />
      <Select aria-label="Auto-refresh" className="w-36" value={params.refresh ?? "off"} options={refreshOptions} onValueChange={(refresh) => onChange({ refresh: refresh === "off" ? undefined : refresh })} />
      <Button variant="secondary" size="icon" aria-label="Refresh now" onClick={onRefresh} disabled={refreshing}>
        <RefreshCw className={refreshing ? "animate-spin" : undefined} aria-hidden />
      </Button>
    </div>
  );
}
