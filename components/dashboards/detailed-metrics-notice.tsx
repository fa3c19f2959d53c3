import Link from "next/link";
import { Info } from "lucide-react";
import { detailedMetricsLines, formatUsdPrecise, totalOf } from "@/lib/domain/cost-model";
import { pricesFor } from "@/lib/domain/price-table";

type DetailedMetricsNoticeProps = { envId: string; apiId: string; stage: string; methods: number; caching: boolean };

/** Per-method metrics exist only with detailed metrics on; say so, what it costs, and where the switch is. */
export function DetailedMetricsNotice({ envId, apiId, stage, methods, caching }: DetailedMetricsNoticeProps) {
  const cost = formatUsdPrecise(totalOf(detailedMetricsLines(methods, pricesFor("us-east-1").prices, caching)));
  return (
    <div className="flex items-start gap-2 rounded-md border border-border bg-surface px-3 py-2 text-[13px]" role="note">
      <Info className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
      <p>
        Per-method metrics need <strong className="font-medium">detailed CloudWatch metrics</strong> on stage {stage}. AWS bills them as custom metrics: about {cost} / month
        for {methods} {methods === 1 ? "method" : "methods"} at $0.30 per metric.{" "}
        <Link className="text-accent underline underline-offset-2" href={`/env/${envId}/apis/${apiId}/stages/${encodeURIComponent(stage)}`}>
          Open stage {stage} settings
        </Link>
      </p>
    </div>
  );
}
