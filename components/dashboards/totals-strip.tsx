import type { ScopeTotals } from "@/lib/domain/dashboard-queries";
import { formatValue, totalsSentence } from "./chart-data";

/** The range's totals as numbers, with a sentence a screen reader (and a skim) reads first. */
export function TotalsStrip({ totals, rangeText, p99Label = "p99 latency" }: { totals: ScopeTotals; rangeText: string; p99Label?: string }) {
  const requests = totals.requests ?? 0;
  const rate = (errors: number | null) => (requests > 0 && errors !== null ? ` (${formatValue((100 * errors) / requests, "percent")})` : "");
  const tiles = [
    { label: "Requests", value: formatValue(totals.requests, "count") },
    { label: "4XX errors", value: `${formatValue(totals.errors4xx, "count")}${rate(totals.errors4xx)}` },
    { label: "5XX errors", value: `${formatValue(totals.errors5xx, "count")}${rate(totals.errors5xx)}` },
    { label: "p50 latency", value: formatValue(totals.p50, "ms") },
    { label: p99Label, value: formatValue(totals.p99, "ms") },
  ];
  return (
    <section aria-label="Totals" className="flex flex-col gap-2">
      <p className="text-[13px] text-muted-foreground" data-testid="totals-sentence">
        {totalsSentence(totals, rangeText)}.
      </p>
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-border bg-border sm:grid-cols-5">
        {tiles.map((tile) => (
          <div key={tile.label} className="flex flex-col gap-0.5 bg-surface-raised px-3 py-2">
            <dt className="text-xs text-muted-foreground">{tile.label}</dt>
            <dd className="text-[15px] font-semibold tabular-nums">{tile.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
