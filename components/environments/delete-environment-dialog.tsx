"use client";

import type { EnvironmentSummary } from "@/lib/environments/environments";
import { deleteEnvironmentAction } from "@/lib/actions/environments/delete-environment";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";

export function DeleteEnvironmentDialog({ environment, onClose }: { environment: EnvironmentSummary; onClose: () => void }) {
  const { submit, pending, formError, fieldErrors } = useActionSubmit(deleteEnvironmentAction, () => {
    toast.success(`Removed environment “${environment.name}”`, { description: "Its APIs in AWS are untouched." });
    onClose();
  });
  return (
    <ConfirmDeleteDialog
      open
      onOpenChange={(open) => !open && onClose()}
      kind="environment"
      name={environment.name}
      consequences={
        <>
          Archway forgets how to reach <span className="font-medium text-foreground">{environment.name}</span> ({environment.region}). Nothing in AWS is deleted; its audit
          entries stay.
        </>
      }
      pending={pending}
      error={formError ?? Object.values(fieldErrors).flat()[0] ?? null}
      onConfirm={(confirmName) => submit({ id: environment.id, confirmName })}
    />
  );
}
