import type { MetricReadCost } from "@/lib/domain/metric-query";
import { formatDollars, metricReadCost } from "@/lib/domain/cloudwatch-prices";

/** What each refresh costs: GetMetricData calls and metrics requested (AWS bills $0.01 per 1,000). */
export function DashboardFooter({ cost, isAws }: { cost: MetricReadCost; isAws: boolean }) {
  const calls = `${cost.calls} GetMetricData ${cost.calls === 1 ? "call" : "calls"}`;
  const price = isAws ? `, about ${formatDollars(metricReadCost(cost.metricsRequested))} on AWS` : " (free in the sandbox; on AWS $0.01 per 1,000 metrics)";
  return (
    <footer className="border-t border-border pt-3 text-xs text-muted-foreground" data-testid="dashboard-footer">
      Each refresh requests {cost.metricsRequested.toLocaleString("en-US")} metrics in {calls}
      {price}.
    </footer>
  );
}
