"use client";

import { Fragment, useState } from "react";
import Link from "next/link";
import { Trash2 } from "lucide-react";
import type { ApiKeySummary } from "@/lib/domain/api-key";
import { useDeleteApiKeyMutation } from "@/lib/data/usage-plans/delete-api-key-mutation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { RelativeTime } from "@/components/ui/relative-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { ApiKeyEnabledToggle } from "./api-key-enabled-toggle";

type ApiKeyTableProps = { envId: string; apiKeys: readonly ApiKeySummary[]; planNames: Readonly<Record<string, string>>; canEdit: boolean };

/** Every API key without its value: AWS shows a value once, on creation, and so does Archway. */
export function ApiKeyTable({ envId, apiKeys, planNames, canEdit }: ApiKeyTableProps) {
  const [deleting, setDeleting] = useState<ApiKeySummary | null>(null);
  const deletion = useDeleteApiKeyMutation(() => {
    toast.success(`API key ${deleting?.name ?? ""} deleted`);
    setDeleting(null);
  });
  return (
    <>
      <Table label="API keys">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Usage plans</TableHead>
            <TableHead>Created</TableHead>
            {canEdit ? <TableHead className="w-px text-right">Actions</TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {apiKeys.map((key) => (
            <TableRow key={key.id}>
              <TableCell>
                <div className="font-medium">{key.name}</div>
                <div className="font-mono text-xs text-muted-foreground">{key.id}{key.description ? <span className="font-sans"> · {key.description}</span> : null}</div>
              </TableCell>
              <TableCell>{key.enabled ? <Badge tone="success">Enabled</Badge> : <Badge>Disabled</Badge>}</TableCell>
              <TableCell>
                {key.usagePlanIds.length === 0 ? <span className="text-muted-foreground">None</span> : key.usagePlanIds.map((id, index) => (
                  <Fragment key={id}>
                    {index > 0 ? ", " : null}
                    <Link href={`/env/${envId}/usage-plans/${id}?tab=keys`} className="text-accent hover:underline">{planNames[id] ?? id}</Link>
                  </Fragment>
                ))}
              </TableCell>
              <TableCell className="text-muted-foreground">{key.createdDate ? <RelativeTime iso={key.createdDate} /> : "—"}</TableCell>
              {canEdit ? (
                <TableCell>
                  <div className="flex items-center justify-end gap-1">
                    <ApiKeyEnabledToggle envId={envId} apiKey={key} />
                    <Button variant="ghost" size="icon-sm" aria-label={`Delete API key ${key.name}`} onClick={() => setDeleting(key)}>
                      <Trash2 aria-hidden />
                    </Button>
                  </div>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {deleting ? (
        <ConfirmDeleteDialog
          open
          onOpenChange={(open) => (open ? null : setDeleting(null))}
          kind="API key"
          name={deleting.name}
          consequences={`Clients sending this key get 403 Forbidden from every stage, and it leaves ${deleting.usagePlanIds.length === 1 ? "its usage plan" : `its ${deleting.usagePlanIds.length} usage plans`}.`}
          pending={deletion.isPending}
          error={deletion.error?.message ?? null}
          onConfirm={() => deletion.mutate({ envId, apiKeyId: deleting.id })}
        />
      ) : null}
    </>
  );
}
