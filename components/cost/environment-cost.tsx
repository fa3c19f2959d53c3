import { CircleDollarSign } from "lucide-react";
import Link from "next/link";
import type { AccountUsage } from "@/lib/aws/account-cost";
import { requestCostByKey } from "@/lib/domain/account-cost";
import type { PriceChoice } from "@/lib/aws/pricing";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { EmptyState } from "@/components/ui/empty-state";
import { CostLinesTable } from "./cost-lines-table";
import { CostSummary } from "./cost-summary";
import { KeyedCostTable } from "./keyed-cost-table";
import { monthLabels } from "./month-labels";
import { PriceSources } from "./price-sources";

/** The environment's request charges: summary, per API, and the account's line items. */
export function EnvironmentCost({ environment, data, priceChoice }: { environment: EnvironmentSummary; data: AccountUsage; priceChoice: PriceChoice }) {
  const { prices } = priceChoice;
  const cost = requestCostByKey(data.days, data.now, prices);
  const labels = monthLabels(data.now);
  const apiByName = new Map(data.apis.map((api) => [api.name, api]));
  const metricsNote = `This page requested ${data.readCost.metricsRequested} metrics in ${data.readCost.calls} GetMetricData call${data.readCost.calls === 1 ? "" : "s"}.`;
  if (data.apis.length === 0 || (cost.totals.monthToDate.requests === 0 && cost.totals.lastMonth.requests === 0)) {
    return (
      <>
        <EmptyState icon={<CircleDollarSign aria-hidden />} title={data.apis.length === 0 ? "No APIs in this environment" : "No requests this month or last"}>
          Cost is estimated from each API&apos;s <span className="font-mono">Count</span> metric in CloudWatch.{" "}
          {environment.kind === "sandbox" ? (
            <>
              Deploy an API and send it traffic (the <Link className="underline" href={`/env/${environment.id}/dashboards`}>dashboards</Link> can send
              sample traffic), then come back.
            </>
          ) : (
            "Charges appear here once the APIs receive requests."
          )}
        </EmptyState>
        <PriceSources choice={priceChoice} region={environment.region} metricsNote={metricsNote} />
      </>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <CostSummary cost={cost} monthLabel={labels.month} lastMonthLabel={labels.lastMonth} />
      <section aria-labelledby="by-api" className="flex flex-col gap-2">
        <h2 id="by-api" className="text-[13px] font-semibold">
          By API
        </h2>
        <KeyedCostTable
          label="Request charges by API"
          keyHeading="API"
          rows={cost.rows.map((row) => {
            const api = apiByName.get(row.key);
            return { ...row, name: row.key, href: api ? `/env/${environment.id}/apis/${api.id}/cost` : undefined };
          })}
        />
        {data.sharedNames.length > 0 ? (
          <p className="text-xs text-warning" role="note">
            Several APIs are named {data.sharedNames.map((name) => `“${name}”`).join(", ")}: CloudWatch counts their requests together, so they share one row.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="account-lines" className="flex flex-col gap-2">
        <h2 id="account-lines" className="text-[13px] font-semibold">
          Account request charges this month so far
        </h2>
        <CostLinesTable label="Account request charges, month to date" lines={cost.lines.monthToDate} />
      </section>
      <PriceSources choice={priceChoice} region={environment.region} metricsNote={metricsNote} />
    </div>
  );
}
