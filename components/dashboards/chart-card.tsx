"use client";

import dynamic from "next/dynamic";
import { useId } from "react";
import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { chartCsv, lineSummary } from "./chart-data";
import type { MetricChartProps } from "./metric-chart";
import { chartDashes, chartPalette } from "./chart-palette";

// Recharts is loaded only where a chart is drawn, so other routes never ship it.
const MetricChart = dynamic(() => import("./metric-chart"), { ssr: false, loading: () => <Skeleton className="h-[180px] w-full" /> });

type ChartCardProps = MetricChartProps & {
  title: string;
  /** File name (without .csv) for the download. */
  csvName: string;
};

/** A titled chart with its legend, a text summary of every line and a CSV download of its data. */
export function ChartCard({ title, lines, rows, unit, timezone, spanMs, onZoom, csvName }: ChartCardProps) {
  const titleId = useId();
  const summaryId = useId();
  const download = () => {
    const url = URL.createObjectURL(new Blob([chartCsv(rows, lines)], { type: "text/csv" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${csvName}.csv` });
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <figure role="group" aria-labelledby={titleId} aria-describedby={summaryId} className="flex min-w-0 flex-col gap-2 rounded-lg border border-border bg-surface-raised p-3">
      <div className="flex items-center justify-between gap-2">
        <h3 id={titleId} className="text-[13px] font-semibold">
          {title}
        </h3>
        <Button variant="ghost" size="sm" onClick={download} aria-label={`Download ${title} as CSV`}>
          <Download aria-hidden />
          CSV
        </Button>
      </div>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground" aria-hidden>
        {lines.map((line, index) => (
          <li key={line.id} className="flex items-center gap-1.5">
            <svg width="16" height="4" aria-hidden>
              <line x1="0" y1="2" x2="16" y2="2" stroke={chartPalette[index % chartPalette.length]} strokeWidth="2" strokeDasharray={chartDashes[index % chartDashes.length]} />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
      <MetricChart lines={lines} rows={rows} unit={unit} timezone={timezone} spanMs={spanMs} onZoom={onZoom} />
      <figcaption id={summaryId} className="text-xs text-muted-foreground">
        {lines.map((line) => lineSummary(rows, line, unit, timezone, spanMs)).join(" ")}
      </figcaption>
    </figure>
  );
}
