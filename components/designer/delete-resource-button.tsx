"use client";

import { useState } from "react";
import { Trash2 } from "lucide-react";
import type { ResourceNode } from "@/lib/domain/resource-tree";
import { useDeleteResourceMutation } from "@/lib/data/resources/delete-resource-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";

type DeleteResourceButtonProps = { envId: string; restApiId: string; node: ResourceNode; onDeleted: (parentId: string | null) => void };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The counts a deletion takes with it, in the words the confirmation and the toast use. */
export function subtreeSummary(node: ResourceNode): string {
  return `${plural(node.subtreeResources, "resource")} and ${plural(node.subtreeMethods, "method")}`;
}

/** "Delete" and its typed confirmation, which names how many resources and methods go; the server re-counts before deleting. */
export function DeleteResourceButton({ envId, restApiId, node, onDeleted }: DeleteResourceButtonProps) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteResourceMutation({
    onSuccess(deleted, variables) {
      toast.success(`Deleted ${deleted.path}`, { description: `${plural(variables.expectedResources, "resource")} and ${plural(variables.expectedMethods, "method")} removed.` });
      setOpen(false);
      onDeleted(node.resource.parentId);
    },
  });
  if (!node.parent) return null;
  return (
    <>
      <Button variant="danger-outline" size="sm" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete…
      </Button>
      <ConfirmDeleteDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) remove.reset();
        }}
        kind="resource"
        name={node.resource.path}
        consequences={
          <>
            Deletes <span className="font-medium text-foreground">{subtreeSummary(node)}</span>: {node.resource.path} and everything below it. Deployed stages keep
            serving them until the next deployment.
          </>
        }
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={(confirmPath) =>
          remove.mutate({ envId, restApiId, resourceId: node.resource.id, confirmPath, expectedResources: node.subtreeResources, expectedMethods: node.subtreeMethods })
        }
      />
    </>
  );
}
