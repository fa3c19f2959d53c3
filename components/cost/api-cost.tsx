import type { AccountUsage } from "@/lib/aws/account-cost";
import type { ApiCostInputs } from "@/lib/aws/api-cost-inputs";
import type { PriceChoice } from "@/lib/aws/pricing";
import { requestCostByKey } from "@/lib/domain/account-cost";
import { cacheLine, formatUsd } from "@/lib/domain/cost-model";
import { billingPeriods, type DailyCount } from "@/lib/domain/cost-period";
import { compareWithHttpApi, estimateScenario, type CostScenario } from "@/lib/domain/cost-scenario";
import type { MetricReadCost } from "@/lib/domain/metric-query";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { CostLinesTable } from "./cost-lines-table";
import { CostSummary } from "./cost-summary";
import { HttpApiComparison } from "./http-api-comparison";
import { KeyedCostTable } from "./keyed-cost-table";
import { monthLabels } from "./month-labels";
import { PriceSources } from "./price-sources";
import { WhatIfPanel } from "./what-if-panel";

type ApiCostProps = { environment: EnvironmentSummary; inputs: ApiCostInputs; account: AccountUsage; stageDays: Map<string, DailyCount[]>; stageReadCost: MetricReadCost; priceChoice: PriceChoice };

/** A typical small JSON answer; the what-if lets a person enter their API's real average. */
const defaultResponseKb = 2;

/** One API's charges by stage, its monthly estimate with every line item, the what-if and the HTTP API comparison. */
export function ApiCost({ environment, inputs, account, stageDays, stageReadCost, priceChoice }: ApiCostProps) {
  const { prices } = priceChoice;
  const now = account.now;
  const accountCost = requestCostByKey(account.days, now, prices);
  const own = accountCost.rows.find((row) => row.key === inputs.apiName);
  const others = (pick: "monthToDate" | "forecast" | "lastMonth") => accountCost.totals[pick].requests - (own?.[pick].requests ?? 0);
  const byStage = requestCostByKey(stageDays, now, prices, { monthToDate: others("monthToDate"), forecast: others("forecast"), lastMonth: others("lastMonth") });
  const labels = monthLabels(now);
  const hoursSoFar = (now.getTime() - billingPeriods(now).monthStart.getTime()) / 3_600_000;
  const cachedStages = inputs.stages.filter((stage) => stage.cacheSize);
  const current: CostScenario = {
    monthlyRequests: Math.round(own?.forecast.requests ?? 0),
    otherAccountRequests: Math.round(others("forecast")),
    cacheSizes: cachedStages.map((stage) => stage.cacheSize!),
    cacheHitRatio: 0,
    averageResponseKb: defaultResponseKb,
    detailedMetricPairs: inputs.methodCount * inputs.stages.filter((stage) => stage.detailedMetrics).length,
    tracing: inputs.stages.some((stage) => stage.tracing),
    // Access logs write about one 0.5 KB line a request; execution logs vary too much to guess, so they start at none.
    logGb: inputs.stages.some((stage) => stage.accessLogging) ? Number((((own?.forecast.requests ?? 0) * 0.5) / (1024 * 1024)).toFixed(3)) : 0,
  };
  const estimate = estimateScenario(current, prices);
  const metricsNote = `This page requested ${account.readCost.metricsRequested + stageReadCost.metricsRequested} metrics in ${account.readCost.calls + stageReadCost.calls} GetMetricData calls.`;
  return (
    <div className="flex flex-col gap-6">
      <CostSummary cost={{ ...byStage, forecastMethod: accountCost.forecastMethod }} monthLabel={labels.month} lastMonthLabel={labels.lastMonth} />
      <section aria-labelledby="by-stage" className="flex flex-col gap-2">
        <h2 id="by-stage" className="text-[13px] font-semibold">
          Request charges by stage
        </h2>
        {inputs.stages.length === 0 ? (
          <p className="text-[13px] text-muted-foreground">This API has no stages yet: deploy it to serve requests.</p>
        ) : (
          <KeyedCostTable label="Request charges by stage" keyHeading="Stage" rows={byStage.rows.map((row) => ({ ...row, name: row.key }))} />
        )}
        {cachedStages.length > 0 ? (
          <p className="text-xs text-muted-foreground">
            Cache clusters so far this month (assuming on since the 1st):{" "}
            {cachedStages.map((stage) => `${stage.stageName} ${stage.cacheSize} GB ${formatUsd(cacheLine(stage.cacheSize!, hoursSoFar, prices).amount)}`).join(", ")}.
          </p>
        ) : null}
      </section>
      <section aria-labelledby="estimate" className="flex flex-col gap-2">
        <h2 id="estimate" className="text-[13px] font-semibold">
          Monthly estimate at the forecast traffic
        </h2>
        <CostLinesTable label="Monthly estimate" lines={estimate.lines} />
      </section>
      <WhatIfPanel prices={prices} current={current} methodStagePairs={inputs.methodCount * Math.max(1, inputs.stages.length)} />
      <HttpApiComparison restTotal={estimate.total} comparison={compareWithHttpApi(current.monthlyRequests, inputs.features, prices)} />
      <PriceSources choice={priceChoice} region={environment.region} metricsNote={metricsNote} />
    </div>
  );
}
