import type { StageRow } from "@/lib/deployments/stages-overview";
import { cn } from "@/components/ui/class-names";
import { RelativeTime } from "@/components/ui/relative-time";
import { InvokeUrl } from "./invoke-url";
import { UndeployedBadge } from "./undeployed-badge";

function Item({ term, children, className }: { term: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={cn("flex min-w-0 flex-col gap-0.5", className)}>
      <dt className="text-xs text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-[13px]">{children}</dd>
    </div>
  );
}

/** What the stage serves, since when, by whom and why, and where to call it. */
export function StageSummary({ stage }: { stage: StageRow }) {
  return (
    <dl className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-2 lg:grid-cols-4">
      <Item term="Deployment">
        <span className="font-mono text-xs">{stage.deploymentId ?? "—"}</span>
      </Item>
      <Item term="Deployed">{stage.deployedAt ? <RelativeTime iso={stage.deployedAt} /> : "—"}{stage.deployedBy ? ` by ${stage.deployedBy}` : ""}</Item>
      <Item term="Why">{stage.why ?? <span className="text-subtle-foreground">No description</span>}</Item>
      <Item term="Status">
        <UndeployedBadge count={stage.undeployedCount} />
      </Item>
      <Item term="Invoke URL" className="sm:col-span-2 lg:col-span-4">
        <InvokeUrl url={stage.invokeUrl} stageName={stage.stageName} />
      </Item>
    </dl>
  );
}
