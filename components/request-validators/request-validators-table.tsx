"use client";

import { useState } from "react";
import { ListChecks, Plus } from "lucide-react";
import type { MethodRef } from "@/lib/domain/api-design";
import { describeMethods } from "@/lib/domain/model";
import { describeValidation, type RequestValidatorSummary } from "@/lib/domain/request-validator";
import { useDeleteRequestValidatorMutation } from "@/lib/data/request-validators/delete-request-validator-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { RequestValidatorDialog } from "./request-validator-dialog";

type RequestValidatorsTableProps = { envId: string; restApiId: string; validators: RequestValidatorSummary[]; usedBy: Record<string, MethodRef[]>; canEdit: boolean };

export function RequestValidatorsTable({ envId, restApiId, validators, usedBy, canEdit }: RequestValidatorsTableProps) {
  const [editing, setEditing] = useState<RequestValidatorSummary | "new" | null>(null);
  const [deleting, setDeleting] = useState<RequestValidatorSummary | null>(null);
  const remove = useDeleteRequestValidatorMutation(() => (toast.success(`Deleted validator ${deleting?.name}`), setDeleting(null)));
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <div className="flex justify-end">
          <Button variant="primary" onClick={() => setEditing("new")}>
            <Plus aria-hidden /> Create validator
          </Button>
        </div>
      ) : null}
      {validators.length === 0 ? (
        <EmptyState icon={<ListChecks />} title="No request validators yet">
          A validator makes API Gateway reject malformed requests with 400 before they reach the integration. {canEdit ? "Create one, then choose it on a method." : ""}
        </EmptyState>
      ) : (
        <Table label="Request validators">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Checks</TableHead>
              <TableHead>Used by</TableHead>
              <TableHead className="w-40"><span className="sr-only">Actions</span></TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {validators.map((validator) => {
              const users = usedBy[validator.id] ?? [];
              return (
                <TableRow key={validator.id}>
                  <TableCell>
                    <span className="font-medium">{validator.name}</span> <span className="ml-1 font-mono text-xs text-muted-foreground">{validator.id}</span>
                  </TableCell>
                  <TableCell>{describeValidation(validator)}</TableCell>
                  <TableCell className="text-xs">{users.length ? describeMethods(users) : <span className="text-muted-foreground">no methods</span>}</TableCell>
                  <TableCell className="text-right">
                    {canEdit ? (
                      <>
                        <Button size="sm" variant="ghost" onClick={() => setEditing(validator)} aria-label={`Edit validator ${validator.name}`}>
                          Edit
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => (remove.reset(), setDeleting(validator))} aria-label={`Delete validator ${validator.name}`}>
                          Delete
                        </Button>
                      </>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {editing ? <RequestValidatorDialog key={editing === "new" ? "new" : editing.id} envId={envId} restApiId={restApiId} validator={editing === "new" ? null : editing} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDeleteDialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          kind="validator"
          name={deleting.name}
          consequences={(usedBy[deleting.id] ?? []).length ? `It is used by ${describeMethods(usedBy[deleting.id]!)}, which must change first.` : "No method uses it."}
          pending={remove.isPending}
          error={remove.error?.message ?? null}
          onConfirm={() => remove.mutate({ envId, restApiId, validatorId: deleting.id })}
        />
      ) : null}
    </div>
  );
}
