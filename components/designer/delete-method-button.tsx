"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useDeleteMethodMutation } from "@/lib/data/methods/delete-method-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";

type DeleteMethodButtonProps = { envId: string; restApiId: string; resourceId: string; resourcePath: string; httpMethod: string; afterDeleteHref: string };

/** Deletes the method after the verb is typed; then goes back to the resource. */
export function DeleteMethodButton({ envId, restApiId, resourceId, resourcePath, httpMethod, afterDeleteHref }: DeleteMethodButtonProps) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const remove = useDeleteMethodMutation({
    onSuccess() {
      toast.success(`Deleted ${httpMethod} ${resourcePath}`);
      setOpen(false);
      router.push(afterDeleteHref);
    },
  });
  return (
    <>
      <Button variant="danger-outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden /> Delete method
      </Button>
      <ConfirmDeleteDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) remove.reset();
        }}
        kind="method"
        name={httpMethod}
        consequences={<>This deletes {httpMethod} on <span className="font-mono">{resourcePath}</span> with its integration and responses from the working copy. Deployed stages keep serving it until the next deployment.</>}
        pending={remove.isPending}
        error={remove.error?.fieldErrors.confirm?.[0] ?? remove.error?.message ?? null}
        onConfirm={(confirm) => remove.mutate({ envId, restApiId, resourceId, httpMethod, confirm })}
      />
    </>
  );
}
