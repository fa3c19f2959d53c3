import type { AuditEvent } from "@/lib/audit/audit-log";
import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

export function AuditTable({ events, environmentNames }: { events: readonly AuditEvent[]; environmentNames: ReadonlyMap<string, string> }) {
  return (
    <Table label="Audit events">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Environment</TableHead>
          <TableHead>Outcome</TableHead>
          <TableHead>Details</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id} className="align-top">
            <TableCell>
              <RelativeTime iso={event.at} />
            </TableCell>
            <TableCell className="max-w-48 truncate">{event.actorEmail}</TableCell>
            <TableCell className="whitespace-nowrap font-mono text-xs">{event.action}</TableCell>
            <TableCell className="max-w-56 truncate" title={event.target ?? undefined}>
              {event.target ?? <span className="text-subtle-foreground">—</span>}
            </TableCell>
            <TableCell className="text-muted-foreground">{event.envId ? (environmentNames.get(event.envId) ?? event.envId) : "—"}</TableCell>
            <TableCell>{event.outcome === "success" ? <Badge tone="success">Succeeded</Badge> : <Badge tone="danger">Failed</Badge>}</TableCell>
            <TableCell className="max-w-80 text-xs text-muted-foreground">
              {event.detail ? <p className="line-clamp-2" title={event.detail}>{event.detail}</p> : null}
              {event.awsRequestId ? <p className="font-mono">Request {event.awsRequestId}</p> : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
