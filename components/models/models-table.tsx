"use client";

import { useState } from "react";
import { Braces, Plus } from "lucide-react";
import type { MethodRef } from "@/lib/domain/api-design";
import { describeMethods, referencedModelNames, type ModelSummary } from "@/lib/domain/model";
import { useDeleteModelMutation } from "@/lib/data/models/delete-model-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { toast } from "@/components/ui/toaster";
import { ModelDialog } from "./model-dialog";

type ModelsTableProps = { envId: string; restApiId: string; models: ModelSummary[]; usedBy: Record<string, MethodRef[]>; canEdit: boolean };

/** The API's models with what they refer to and which methods use them; create, edit and delete for editors. */
export function ModelsTable({ envId, restApiId, models, usedBy, canEdit }: ModelsTableProps) {
  const [editing, setEditing] = useState<ModelSummary | "new" | null>(null);
  const [deleting, setDeleting] = useState<ModelSummary | null>(null);
  const remove = useDeleteModelMutation(() => (toast.success(`Deleted model ${deleting?.name}`), setDeleting(null)));
  const names = models.map((model) => model.name);
  return (
    <div className="flex flex-col gap-3">
      {canEdit ? (
        <div className="flex justify-end">
          <Button variant="primary" onClick={() => setEditing("new")}>
            <Plus aria-hidden /> Create model
          </Button>
        </div>
      ) : null}
      {models.length === 0 ? (
        <EmptyState icon={<Braces />} title="No models yet">
          Models are JSON Schemas that method requests and responses are validated against. {canEdit ? "Create one, or generate one from a sample body." : ""}
        </EmptyState>
      ) : (
        <Table label="Models">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Content type</TableHead>
              <TableHead>Refers to</TableHead>
              <TableHead>Used by</TableHead>
              <TableHead className="w-40"><span className="sr-only">Actions</span></TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {models.map((model) => {
              const users = usedBy[model.name] ?? [];
              const references = referencedModelNames(model.schema);
              return (
                <TableRow key={model.id}>
                  <TableCell>
                    <span className="font-medium">{model.name}</span>
                    {model.description ? <span className="block text-xs text-muted-foreground">{model.description}</span> : null}
                  </TableCell>
                  <TableCell className="font-mono text-xs">{model.contentType}</TableCell>
                  <TableCell className="text-xs">{references.length ? references.join(", ") : <span className="text-muted-foreground">none</span>}</TableCell>
                  <TableCell className="text-xs">{users.length ? describeMethods(users) : <span className="text-muted-foreground">no methods</span>}</TableCell>
                  <TableCell className="text-right">
                    <Button size="sm" variant="ghost" onClick={() => setEditing(model)} aria-label={`${canEdit ? "Edit" : "View"} model ${model.name}`}>
                      {canEdit ? "Edit" : "View"}
                    </Button>
                    {canEdit ? (
                      <Button size="sm" variant="ghost" onClick={() => (remove.reset(), setDeleting(model))} aria-label={`Delete model ${model.name}`}>
                        Delete
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {editing ? <ModelDialog key={editing === "new" ? "new" : editing.id} envId={envId} restApiId={restApiId} model={editing === "new" ? null : editing} knownModels={names} canEdit={canEdit} onClose={() => setEditing(null)} /> : null}
      {deleting ? (
        <ConfirmDeleteDialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          kind="model"
          name={deleting.name}
          consequences={(usedBy[deleting.name] ?? []).length ? `It is used by ${describeMethods(usedBy[deleting.name]!)}, so API Gateway will refuse.` : "No method uses it."}
          pending={remove.isPending}
          error={remove.error?.message ?? null}
          onConfirm={() => remove.mutate({ envId, restApiId, name: deleting.name })}
        />
      ) : null}
    </div>
  );
}
