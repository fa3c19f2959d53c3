import type { DeploymentRecord } from "@/lib/deployments/deployment-records";
import type { StageRow } from "@/lib/deployments/stages-overview";
import type { DeploymentSummary } from "@/lib/domain/stage";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type DeploymentsTableProps = { deployments: DeploymentSummary[]; records: DeploymentRecord[]; stages: StageRow[] };

/** Every deployment, newest first: why, who (when Archway made it), when, and the stages serving it. */
export function DeploymentsTable({ deployments, records, stages }: DeploymentsTableProps) {
  return (
    <Table label="Deployments">
      <TableHeader>
        <TableRow>
          <TableHead>Deployment</TableHead>
          <TableHead>Description</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Served by</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deployments.map((deployment) => {
          const record = records.find((candidate) => candidate.deploymentId === deployment.id && (candidate.kind === "deploy" || candidate.kind === "canary"));
          const serving = stages.filter((stage) => stage.deploymentId === deployment.id);
          const canaries = stages.filter((stage) => stage.canary?.deploymentId === deployment.id);
          return (
            <TableRow key={deployment.id}>
              <TableCell className="font-mono text-xs">{deployment.id}</TableCell>
              <TableCell className="max-w-80 truncate" title={record?.description || deployment.description || undefined}>
                {record?.description || deployment.description || <span className="text-subtle-foreground">—</span>}
              </TableCell>
              <TableCell className="text-muted-foreground">{record?.actorEmail ?? <span className="text-subtle-foreground">Not made in Archway</span>}</TableCell>
              <TableCell>
                <RelativeTime iso={deployment.createdDate} />
              </TableCell>
              <TableCell>
                <span className="flex flex-wrap gap-1">
                  {serving.map((stage) => <Badge key={stage.stageName} tone="accent">{stage.stageName}</Badge>)}
                  {canaries.map((stage) => <Badge key={`${stage.stageName}-canary`}>{stage.stageName} canary</Badge>)}
                  {serving.length + canaries.length === 0 ? <span className="text-subtle-foreground">—</span> : null}
                </span>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
