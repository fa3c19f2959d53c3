import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { InvokeUrl } from "./invoke-url";
import { UndeployedBadge } from "./undeployed-badge";

const dash = <span className="text-subtle-foreground">—</span>;

/** Every stage: what it serves, since when, by whom and why, where to call it, and whether it lags the working copy. */
export function StagesTable({ base, stages }: { base: string; stages: readonly StageRow[] }) {
  return (
    <Table label="Stages">
      <TableHeader>
        <TableRow>
          <TableHead>Stage</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Deployment</TableHead>
          <TableHead>Deployed</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Why</TableHead>
          <TableHead>Invoke URL</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {stages.map((stage) => (
          <TableRow key={stage.stageName}>
            <TableCell className="font-medium">
              <span className="flex items-center gap-1.5">
                <Link href={`${base}/stages/${stage.stageName}`} className="rounded-sm text-accent hover:underline">
                  {stage.stageName}
                </Link>
                {stage.isProtected ? (
                  <Badge>
                    <ShieldCheck aria-hidden /> Protected
                  </Badge>
                ) : null}
                {stage.canary ? <Badge tone="accent">Canary {stage.canary.percentTraffic}%</Badge> : null}
              </span>
            </TableCell>
            <TableCell>
              <UndeployedBadge count={stage.undeployedCount} />
            </TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground">{stage.deploymentId ?? "—"}</TableCell>
            <TableCell>{stage.deployedAt ? <RelativeTime iso={stage.deployedAt} /> : dash}</TableCell>
            <TableCell className="text-muted-foreground">{stage.deployedBy ?? dash}</TableCell>
            <TableCell className="max-w-64 truncate" title={stage.why ?? undefined}>
              {stage.why ?? dash}
            </TableCell>
            <TableCell className="max-w-80">
              <InvokeUrl url={stage.invokeUrl} stageName={stage.stageName} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
