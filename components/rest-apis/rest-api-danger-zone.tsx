"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useDeleteRestApiMutation } from "@/lib/data/rest-apis/delete-rest-api-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";

export function RestApiDangerZone({ envId, environmentName, api }: { envId: string; environmentName: string; api: RestApiSummary }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const remove = useDeleteRestApiMutation({
    onSuccess() {
      toast.success(`Deleted API “${api.name}”`, { description: `${api.id} no longer exists in ${environmentName}.` });
      setOpen(false);
      router.push(`/env/${envId}/apis`);
    },
    onError() {},
  });

  return (
    <section aria-labelledby="danger-heading" className="rounded-lg border border-danger/40">
      <h2 id="danger-heading" className="border-b border-danger/30 px-4 py-2.5 text-[13px] font-semibold text-danger">
        Danger zone
      </h2>
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="text-[13px]">
          <p className="font-medium">Delete this API</p>
          <p className="text-muted-foreground">Removes the API with all its resources, methods, stages and deployments.</p>
        </div>
        <Button variant="danger-outline" onClick={() => setOpen(true)}>
          Delete API…
        </Button>
      </div>
      <ConfirmDeleteDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) remove.reset();
        }}
        kind="API"
        name={api.name}
        consequences={
          <>
            Deleting <span className="font-medium text-foreground">{api.name}</span> ({api.id}) in {environmentName} removes its resources, stages and deployments; clients calling it
            will get errors.
          </>
        }
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={(confirmName) => remove.mutate({ envId, restApiId: api.id, confirmName })}
      />
    </section>
  );
}
