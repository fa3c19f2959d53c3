import Link from "next/link";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { EndpointTypeBadge } from "./endpoint-type";

export function RestApiTable({ envId, apis }: { envId: string; apis: readonly RestApiSummary[] }) {
  return (
    <Table label="REST APIs">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>ID</TableHead>
          <TableHead>Description</TableHead>
          <TableHead>Endpoint type</TableHead>
          <TableHead>Created</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {apis.map((api) => (
          <TableRow key={api.id}>
            <TableCell className="font-medium">
              <Link href={`/env/${envId}/apis/${api.id}`} className="rounded-sm text-accent hover:underline">
                {api.name}
              </Link>
            </TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground">{api.id}</TableCell>
            <TableCell className="max-w-80 truncate text-muted-foreground" title={api.description ?? undefined}>
              {api.description || <span className="text-subtle-foreground">—</span>}
            </TableCell>
            <TableCell>
              <EndpointTypeBadge type={api.endpointType} />
            </TableCell>
            <TableCell>
              <RelativeTime iso={api.createdDate} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
