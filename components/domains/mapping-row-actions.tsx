"use client";

import { useState } from "react";
import { Pencil, Trash2 } from "lucide-react";
import { basePathPrefix, mappingTargetLabel, type BasePathMappingSummary } from "@/lib/domain/domain-name";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useDeleteBasePathMappingMutation } from "@/lib/data/base-path-mappings/delete-base-path-mapping-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";
import { ChangeMappingTargetDialog } from "./change-mapping-target-dialog";

type MappingRowActionsProps = { envId: string; domainName: string; mapping: BasePathMappingSummary; apis: readonly RestApiSummary[] };

export function MappingRowActions({ envId, domainName, mapping, apis }: MappingRowActionsProps) {
  const [changing, setChanging] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeleteBasePathMappingMutation(() => {
    toast.success(`Removed the ${mapping.basePath} mapping from ${domainName}`);
    setDeleting(false);
  });
  return (
    <div className="flex justify-end gap-1">
      <Button variant="ghost" size="sm" onClick={() => setChanging(true)} aria-label={`Change stage of ${mapping.basePath}`}>
        <Pencil aria-hidden />
        Change stage
      </Button>
      <Button variant="ghost" size="icon-sm" onClick={() => setDeleting(true)} aria-label={`Delete mapping ${mapping.basePath}`}>
        <Trash2 aria-hidden />
      </Button>
      {changing ? <ChangeMappingTargetDialog envId={envId} domainName={domainName} mapping={mapping} apis={apis} open={changing} onOpenChange={setChanging} /> : null}
      <ConfirmDeleteDialog
        open={deleting}
        onOpenChange={(next) => {
          setDeleting(next);
          if (!next) remove.reset();
        }}
        kind="base path mapping"
        name={mapping.basePath}
        consequences={`Clients calling ${domainName}${basePathPrefix(mapping.basePath) || "/"} will no longer reach ${mappingTargetLabel(mapping, apis)}.`}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => remove.mutate({ envId, domainName, basePath: mapping.basePath })}
      />
    </div>
  );
}
