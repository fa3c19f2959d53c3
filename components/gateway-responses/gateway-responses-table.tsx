"use client";

import { useState } from "react";
import type { GatewayResponseSnapshot } from "@/lib/domain/api-design";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { GatewayResponseDialog } from "./gateway-response-dialog";

type GatewayResponsesTableProps = { envId: string; restApiId: string; responses: GatewayResponseSnapshot[]; canEdit: boolean };

const headerPrefix = "gatewayresponse.header.";

/** Every response type with its effective status, headers and body template; defaults are marked as such. */
export function GatewayResponsesTable({ envId, restApiId, responses, canEdit }: GatewayResponsesTableProps) {
  const [open, setOpen] = useState<string | null>(null);
  const selected = responses.find((response) => response.responseType === open) ?? null;
  return (
    <>
      <Table label="Gateway responses">
        <TableHeader>
          <TableRow>
            <TableHead>Response type</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Headers</TableHead>
            <TableHead>Body template (application/json)</TableHead>
            <TableHead className="w-24">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {responses.map((response) => {
            const headers = Object.keys(response.responseParameters).filter((key) => key.startsWith(headerPrefix)).map((key) => key.slice(headerPrefix.length));
            return (
              <TableRow key={response.responseType}>
                <TableCell className="font-mono text-xs">
                  <span className="flex items-center gap-2">
                    {response.responseType}
                    {response.isDefault ? <Badge>Default</Badge> : <Badge tone="accent">Customised</Badge>}
                  </span>
                </TableCell>
                <TableCell className="tabular-nums">{response.statusCode ?? <span className="text-muted-foreground">status of the error</span>}</TableCell>
                <TableCell className="max-w-56 truncate text-xs" title={headers.join(", ")}>
                  {headers.length ? headers.join(", ") : <span className="text-muted-foreground">none</span>}
                </TableCell>
                <TableCell className="max-w-md truncate font-mono text-xs" title={response.responseTemplates["application/json"]}>
                  {response.responseTemplates["application/json"] ?? <span className="font-sans text-muted-foreground">none</span>}
                </TableCell>
                <TableCell className="text-right">
                  <Button size="sm" variant="ghost" onClick={() => setOpen(response.responseType)} aria-label={`${canEdit ? "Edit" : "View"} ${response.responseType}`}>
                    {canEdit ? "Edit" : "View"}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {selected ? <GatewayResponseDialog key={selected.responseType} envId={envId} restApiId={restApiId} response={selected} canEdit={canEdit} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
