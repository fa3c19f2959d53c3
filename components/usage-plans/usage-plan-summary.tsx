import { describeQuota, describeThrottle, type UsagePlanSummary } from "@/lib/domain/usage-plan";

/** The plan's settings, read-only: what a viewer sees instead of the form. */
export function UsagePlanSummaryList({ plan }: { plan: UsagePlanSummary }) {
  const rows: Array<[string, string]> = [
    ["Name", plan.name],
    ["Description", plan.description ?? "—"],
    ["Throttle per API key", describeThrottle(plan.throttle)],
    ["Quota per API key", plan.quota ? `${describeQuota(plan.quota)}${plan.quota.offset > 0 ? `, ${plan.quota.offset} taken off the first period` : ""}` : "No quota"],
  ];
  return (
    <dl className="grid max-w-3xl grid-cols-[12rem_1fr] gap-x-4 gap-y-2 rounded-lg border border-border p-4 text-[13px]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted-foreground">{term}</dt>
          <dd className="tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
