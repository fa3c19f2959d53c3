import type { DeploymentRecord } from "@/lib/deployments/deployment-records";
import { undeployedChangesLabel } from "@/lib/domain/stage";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

const kindLabels: Record<DeploymentRecord["kind"], string> = { deploy: "Deployed", rollback: "Rolled back", promote: "Promoted", canary: "Canary" };

/** What people did through Archway, newest first: who pointed which stage at what, why, and how much changed. */
export function DeploymentActivity({ records }: { records: DeploymentRecord[] }) {
  if (records.length === 0) return <p className="text-[13px] text-muted-foreground">Nobody has deployed this API through Archway yet.</p>;
  return (
    <Table label="Deploy activity">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>What</TableHead>
          <TableHead>Stage</TableHead>
          <TableHead>Deployment</TableHead>
          <TableHead>Why</TableHead>
          <TableHead>Changes</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {records.map((record) => (
          <TableRow key={record.id}>
            <TableCell><RelativeTime iso={record.at} /></TableCell>
            <TableCell>{record.actorEmail}</TableCell>
            <TableCell>{kindLabels[record.kind]}</TableCell>
            <TableCell className="font-mono text-xs">{record.stageName}</TableCell>
            <TableCell className="font-mono text-xs">{record.deploymentId}</TableCell>
            <TableCell className="max-w-72 truncate" title={record.description}>{record.description || <span className="text-subtle-foreground">—</span>}</TableCell>
            <TableCell className="text-muted-foreground" title={record.changes.map((change) => `${change.action} ${change.label}`).join("\n") || undefined}>
              {record.changeCount === 0 ? "—" : undeployedChangesLabel(record.changeCount).replace(" undeployed", "")}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
