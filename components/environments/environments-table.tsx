"use client";

import { useState } from "react";
import { Pencil, Trash } from "lucide-react";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { EnvironmentLabel } from "@/components/shell/environment-switcher";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { Tooltip } from "@/components/ui/tooltip";
import { DeleteEnvironmentDialog } from "./delete-environment-dialog";
import { EnvironmentFormDialog } from "./environment-form-dialog";
import { TestConnection } from "./test-connection-button";

export function credentialsDescription(environment: EnvironmentSummary): string {
  switch (environment.credentialsSource) {
    case "static":
      return "Local test credentials";
    case "profile":
      return `Profile ${environment.profile ?? "?"}`;
    case "role":
      return `Role ${environment.roleArn ?? "?"}`;
    default:
      return "Default credential chain";
  }
}

export function EnvironmentsTable({ environments }: { environments: readonly EnvironmentSummary[] }) {
  const [editing, setEditing] = useState<EnvironmentSummary | null>(null);
  const [deleting, setDeleting] = useState<EnvironmentSummary | null>(null);
  return (
    <>
      <Table label="Environments">
        <TableHeader>
          <TableRow>
            <TableHead>Environment</TableHead>
            <TableHead>Credentials</TableHead>
            <TableHead>Endpoint</TableHead>
            <TableHead>Connection</TableHead>
            <TableHead className="w-24 text-right">Actions</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {environments.map((environment) => (
            <TableRow key={environment.id} className="align-top">
              <TableCell className="py-2.5">
                <EnvironmentLabel environment={environment} />
              </TableCell>
              <TableCell className="max-w-56 truncate py-2.5 text-muted-foreground">{credentialsDescription(environment)}</TableCell>
              <TableCell className="py-2.5 font-mono text-xs text-muted-foreground">{environment.endpointUrl ?? `AWS (${environment.region})`}</TableCell>
              <TableCell className="py-2">
                <TestConnection environmentId={environment.id} environmentName={environment.name} />
              </TableCell>
              <TableCell className="py-2 text-right">
                {environment.kind === "sandbox" ? (
                  <span className="text-xs text-subtle-foreground">Built in</span>
                ) : (
                  <div className="flex justify-end gap-1">
                    <Tooltip content="Edit">
                      <Button variant="ghost" size="icon-sm" aria-label={`Edit ${environment.name}`} onClick={() => setEditing(environment)}>
                        <Pencil aria-hidden />
                      </Button>
                    </Tooltip>
                    <Tooltip content="Delete">
                      <Button variant="ghost" size="icon-sm" className="text-danger hover:bg-danger-soft" aria-label={`Delete ${environment.name}`} onClick={() => setDeleting(environment)}>
                        <Trash aria-hidden />
                      </Button>
                    </Tooltip>
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing ? <EnvironmentFormDialog open environment={editing} onOpenChange={(open) => !open && setEditing(null)} /> : null}
      {deleting ? <DeleteEnvironmentDialog environment={deleting} onClose={() => setDeleting(null)} /> : null}
    </>
  );
}
