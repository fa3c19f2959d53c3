import type { MetricReadCost } from "@/lib/domain/metric-query";
import { formatUsdPrecise, metricsRequestedLine } from "@/lib/domain/cost-model";
import { pricesFor } from "@/lib/domain/price-table";

/** What each refresh costs: GetMetricData calls and metrics requested (AWS bills $0.01 per 1,000). */
export function DashboardFooter({ cost, isAws }: { cost: MetricReadCost; isAws: boolean }) {
  const calls = `${cost.calls} GetMetricData ${cost.calls === 1 ? "call" : "calls"}`;
  const price = isAws ? `, about ${formatUsdPrecise(metricsRequestedLine(cost.metricsRequested, pricesFor("us-east-1").prices).amount)} on AWS` : " (free in the sandbox; on AWS $0.01 per 1,000 metrics)";
  return (
    <footer className="border-t border-border pt-3 text-xs text-muted-foreground" data-testid="dashboard-footer">
      Each refresh requests {cost.metricsRequested.toLocaleString("en-US")} metrics in {calls}
      {price}.
    </footer>
  );
}
