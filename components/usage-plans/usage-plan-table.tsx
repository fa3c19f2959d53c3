import Link from "next/link";
import { describeQuota, describeThrottle, type UsagePlanListItem } from "@/lib/domain/usage-plan";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** Usage plans with their limits, stages and key counts; the name opens the plan. */
export function UsagePlanTable({ envId, plans, apiNames }: { envId: string; plans: readonly UsagePlanListItem[]; apiNames: Readonly<Record<string, string>> }) {
  return (
    <Table label="Usage plans">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Throttle per key</TableHead>
          <TableHead>Quota per key</TableHead>
          <TableHead>API stages</TableHead>
          <TableHead className="text-right">API keys</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {plans.map((plan) => (
          <TableRow key={plan.id}>
            <TableCell>
              <Link href={`/env/${envId}/usage-plans/${plan.id}`} className="font-medium text-accent hover:underline">
                {plan.name}
              </Link>
              <div className="font-mono text-xs text-muted-foreground">{plan.id}</div>
            </TableCell>
            <TableCell className="tabular-nums">{describeThrottle(plan.throttle)}</TableCell>
            <TableCell className="tabular-nums">{describeQuota(plan.quota)}</TableCell>
            <TableCell>{plan.apiStages.length === 0 ? <span className="text-muted-foreground">None</span> : plan.apiStages.map((stage) => `${apiNames[stage.apiId] ?? stage.apiId} · ${stage.stage}`).join(", ")}</TableCell>
            <TableCell className="text-right tabular-nums">{plan.keyCount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
