"use client";

import type { DeploymentRecord } from "@/lib/deployments/deployment-records";
import type { StageRow } from "@/lib/deployments/stages-overview";
import type { DeploymentSummary } from "@/lib/domain/stage";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PointStageDialog } from "./point-stage-dialog";

type RollbackTableProps = { envId: string; restApiId: string; stage: StageRow; deployments: DeploymentSummary[]; records: DeploymentRecord[]; canDeploy: boolean };

/** Earlier deployments this stage could serve again, each with a diff before the rollback. */
export function RollbackTable({ envId, restApiId, stage, deployments, records, canDeploy }: RollbackTableProps) {
  const earlier = deployments.filter((deployment) => deployment.id !== stage.deploymentId).slice(0, 10);
  if (earlier.length === 0) return <p className="text-[13px] text-muted-foreground">No earlier deployments to roll back to.</p>;
  return (
    <Table label="Earlier deployments">
      <TableHeader>
        <TableRow>
          <TableHead>Deployment</TableHead>
          <TableHead>Description</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Created</TableHead>
          {canDeploy ? <TableHead><span className="sr-only">Actions</span></TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {earlier.map((deployment) => {
          const record = records.find((candidate) => candidate.deploymentId === deployment.id && candidate.kind === "deploy");
          return (
            <TableRow key={deployment.id}>
              <TableCell className="font-mono text-xs">{deployment.id}</TableCell>
              <TableCell className="max-w-72 truncate">{record?.description || deployment.description || "—"}</TableCell>
              <TableCell className="text-muted-foreground">{record?.actorEmail ?? "—"}</TableCell>
              <TableCell>
                <RelativeTime iso={deployment.createdDate} />
              </TableCell>
              {canDeploy ? (
                <TableCell className="text-right">
                  <PointStageDialog envId={envId} restApiId={restApiId} stage={stage} mode={{ kind: "rollback", deploymentId: deployment.id }} triggerLabel="Roll back…" />
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
