import type { AccountCost } from "@/lib/domain/account-cost";
import { arithmeticOf, CostAmount, RequestCount } from "./cost-amount";

/** Month to date, forecast to month end and last month, each with its requests and arithmetic. */
export function CostSummary({ cost, monthLabel, lastMonthLabel }: { cost: AccountCost; monthLabel: string; lastMonthLabel: string }) {
  const tiles = [
    { title: `Month to date (${monthLabel})`, period: cost.totals.monthToDate, lines: cost.lines.monthToDate, note: "From the 1st, UTC, to now." },
    { title: "Forecast to month end", period: cost.totals.forecast, lines: cost.lines.forecast, note: `Method: ${cost.forecastMethod}.` },
    { title: `Last month (${lastMonthLabel})`, period: cost.totals.lastMonth, lines: cost.lines.lastMonth, note: "The whole calendar month." },
  ];
  return (
    <div className="grid gap-3 md:grid-cols-3">
      {tiles.map((tile) => (
        <section key={tile.title} aria-label={tile.title} className="rounded-lg border border-border px-4 py-3">
          <h2 className="text-xs font-medium text-muted-foreground">{tile.title}</h2>
          <p className="mt-1 text-xl font-semibold">
            <CostAmount amount={tile.period.cost} arithmetic={arithmeticOf(tile.lines)} />
          </p>
          <p className="mt-0.5 text-xs text-muted-foreground">
            <RequestCount value={tile.period.requests} /> requests
          </p>
          <p className="mt-2 text-xs text-subtle-foreground">{tile.note}</p>
        </section>
      ))}
    </div>
  );
}
