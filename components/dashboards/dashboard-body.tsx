"use client";

import { Badge } from "@/components/ui/badge";
import { FormAlert } from "@/components/ui/form-alert";
import type { DashboardData, DashboardParams } from "@/lib/domain/dashboard-view";
import { describeRange } from "@/lib/domain/metric-range";
import { zoomParams, type Timezone } from "./chart-data";
import { DashboardCharts } from "./dashboard-charts";
import { DashboardFooter } from "./dashboard-footer";
import { TotalsStrip } from "./totals-strip";

type DashboardBodyProps = {
  data: DashboardData;
  params: DashboardParams;
  onChange: (patch: Partial<DashboardParams>) => void;
  overview: boolean;
  isAws: boolean;
  csvPrefix: string;
  error: string | null;
  /** Shown instead of the charts when the range has no requests. */
  empty: React.ReactNode;
  /** Tables and notices under the charts. */
  children?: React.ReactNode;
};

/** Totals, charts (or the empty state), tables and the cost footer of either dashboard. */
export function DashboardBody({ data, params, onChange, overview, isAws, csvPrefix, error, empty, children }: DashboardBodyProps) {
  const timezone: Timezone = params.tz === "utc" ? "utc" : "local";
  const rangeText = describeRange(data.range);
  const onZoom = (fromT: number, toT: number) => {
    const zoom = zoomParams(fromT, toT, data.range.periodSeconds);
    if (zoom) onChange(zoom);
  };
  return (
    <div className="flex flex-col gap-4">
      <FormAlert message={error} />
      {data.synthetic ? (
        <p className="flex items-center gap-2 text-[13px] text-muted-foreground">
          <Badge tone="warning">Synthetic</Badge> This range includes generated history, not real requests.
        </p>
      ) : null}
      <TotalsStrip totals={data.totals} rangeText={rangeText} p99Label={overview ? "p99 (slowest API)" : "p99 latency"} />
      {data.totals.requests ? <DashboardCharts data={data} overview={overview} timezone={timezone} now={data.range.end} csvPrefix={csvPrefix} onZoom={onZoom} /> : empty}
      {children}
      <DashboardFooter cost={data.cost} isAws={isAws} />
    </div>
  );
}
