"use client";

import { useSyncExternalStore } from "react";
import type { DashboardData } from "@/lib/domain/dashboard-view";
import { Skeleton } from "@/components/ui/skeleton";
import { ChartCard } from "./chart-card";
import { chartRows, type ChartLine, type ChartUnit, type Timezone } from "./chart-data";

type ChartSpec = { key: string; title: string; unit: ChartUnit; lines: ChartLine[] };

const line = (id: string, label: string): ChartLine => ({ id, label });

/** The charts of a view; cache charts only when the series have data (caching on), detail charts only for one API. */
function chartSpecs(data: DashboardData, overview: boolean): ChartSpec[] {
  const has = (id: string) => (data.series[id]?.values.length ?? 0) > 0;
  const specs: ChartSpec[] = [
    { key: "requests", title: "Requests", unit: "count", lines: [line("count", "Requests")] },
    { key: "errors", title: "Errors", unit: "count", lines: [line("e4", "4XX"), line("e5", "5XX")] },
    { key: "error-rate", title: "Error rate", unit: "percent", lines: [line("e4Rate", "4XX rate"), line("e5Rate", "5XX rate")] },
    overview
      ? { key: "latency", title: "Latency p99 (slowest API)", unit: "ms", lines: [line("p99", "p99")] }
      : { key: "latency", title: "Latency", unit: "ms", lines: [line("p50", "p50"), line("p90", "p90"), line("p99", "p99")] },
  ];
  if (overview) return specs;
  specs.push({ key: "overhead", title: "Integration latency and API Gateway overhead", unit: "ms", lines: [line("intAvg", "Integration (avg)"), line("overhead", "Overhead (avg)")] });
  if (has("hit") || has("miss")) {
    specs.push({ key: "cache-ratio", title: "Cache hit ratio", unit: "percent", lines: [line("hitRatio", "Hit ratio")] });
    specs.push({ key: "cache-counts", title: "Cache hits and misses", unit: "count", lines: [line("hit", "Hits"), line("miss", "Misses")] });
  }
  return specs;
}

type DashboardChartsProps = { data: DashboardData; overview: boolean; timezone: Timezone; now: number; csvPrefix: string; onZoom: (fromT: number, toT: number) => void };

/** Two columns of charts over the same buckets, so a drag on any of them zooms them all. */
export function DashboardCharts({ data, overview, timezone, now, csvPrefix, onZoom }: DashboardChartsProps) {
  const spanMs = data.range.end - data.range.start;
  // Labels in local time depend on the browser's zone, so charts render in the browser only.
  const mounted = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!mounted) return <ChartGridSkeleton count={overview ? 4 : 5} />;
  return (
    <section aria-label="Charts" className="grid grid-cols-1 gap-3 lg:grid-cols-2">
      {chartSpecs(data, overview).map((spec) => {
        const series = spec.lines.map((l) => data.series[l.id] ?? { id: l.id, label: l.label, timestamps: [], values: [] });
        return (
          <ChartCard
            key={spec.key}
            title={spec.title}
            lines={spec.lines}
            unit={spec.unit}
            rows={chartRows(series, data.range, now)}
            timezone={timezone}
            spanMs={spanMs}
            onZoom={onZoom}
            csvName={`${csvPrefix}-${spec.key}`}
          />
        );
      })}
    </section>
  );
}

const noSubscription = () => () => {};

/** Placeholder cards with the charts' size, so the page does not jump when they draw. */
export function ChartGridSkeleton({ count }: { count: number }) {
  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-2" role="status" aria-label="Loading charts">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="flex flex-col gap-2 rounded-lg border border-border bg-surface-raised p-3">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-[200px] w-full" />
        </div>
      ))}
    </div>
  );
}
