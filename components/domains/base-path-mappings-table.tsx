"use client";

import Link from "next/link";
import type { BasePathMappingSummary } from "@/lib/domain/domain-name";
import type { CustomDomainCall } from "@/lib/domain/custom-domain-call";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { MappingRowActions } from "./mapping-row-actions";

type BasePathMappingsTableProps = {
  envId: string;
  domainName: string;
  mappings: readonly BasePathMappingSummary[];
  apis: readonly RestApiSummary[];
  callOf: (mapping: BasePathMappingSummary) => CustomDomainCall;
  canEdit: boolean;
};

export function BasePathMappingsTable({ envId, domainName, mappings, apis, callOf, canEdit }: BasePathMappingsTableProps) {
  return (
    <Table label="Base path mappings">
      <TableHeader>
        <TableRow>
          <TableHead>Base path</TableHead>
          <TableHead>API</TableHead>
          <TableHead>Stage</TableHead>
          <TableHead className="w-[45%]">Call it</TableHead>
          {canEdit ? <TableHead className="text-right">Actions</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {mappings.map((mapping) => {
          const api = apis.find((candidate) => candidate.id === mapping.restApiId);
          const apiPath = `/env/${envId}/apis/${mapping.restApiId}`;
          return (
            <TableRow key={mapping.basePath}>
              <TableCell className="font-mono text-xs">{mapping.basePath}</TableCell>
              <TableCell>
                <Link href={apiPath} className="rounded-sm text-accent hover:underline">
                  {api?.name ?? mapping.restApiId}
                </Link>
                {api ? null : <span className="ml-1 text-xs text-muted-foreground">(not found)</span>}
              </TableCell>
              <TableCell>
                {mapping.stage ? (
                  <Link href={`${apiPath}/stages/${encodeURIComponent(mapping.stage)}`} className="rounded-sm font-mono text-xs text-accent hover:underline">
                    {mapping.stage}
                  </Link>
                ) : (
                  <span className="text-xs text-muted-foreground">From the path</span>
                )}
              </TableCell>
              <TableCell>
                <CodeSnippet label={`curl command for ${mapping.basePath}`} code={callOf(mapping).command} />
              </TableCell>
              {canEdit ? (
                <TableCell>
                  <MappingRowActions envId={envId} domainName={domainName} mapping={mapping} apis={apis} />
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
