"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Trash2 } from "lucide-react";
import { mappingTargetLabel, type BasePathMappingSummary } from "@/lib/domain/domain-name";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useDeleteDomainNameMutation } from "@/lib/data/domain-names/delete-domain-name-mutation";
import { Button } from "@/components/ui/button";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";
import { toast } from "@/components/ui/toaster";

type DeleteDomainNameButtonProps = { envId: string; domainName: string; mappings: readonly BasePathMappingSummary[]; apis: readonly RestApiSummary[] };

/** Deleting a domain takes its mappings with it, so the confirmation names each one. */
export function DeleteDomainNameButton({ envId, domainName, mappings, apis }: DeleteDomainNameButtonProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const remove = useDeleteDomainNameMutation(() => {
    toast.success(`Deleted ${domainName}`);
    router.push(`/env/${envId}/domains`);
  });
  const consequences =
    mappings.length === 0 ? (
      "It has no base path mappings."
    ) : (
      <>
        Its {mappings.length === 1 ? "mapping goes" : `${mappings.length} mappings go`} with it:
        <ul className="my-1.5 list-disc pl-5">
          {mappings.map((mapping) => (
            <li key={mapping.basePath}>
              <span className="font-mono text-xs">{mapping.basePath}</span> → {mappingTargetLabel(mapping, apis)}
            </li>
          ))}
        </ul>
        Clients calling {domainName} will fail.
      </>
    );
  return (
    <>
      <Button variant="danger-outline" onClick={() => setOpen(true)}>
        <Trash2 aria-hidden />
        Delete domain name
      </Button>
      <ConfirmDeleteDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) remove.reset();
        }}
        kind="domain name"
        name={domainName}
        consequences={consequences}
        pending={remove.isPending}
        error={remove.error ? (remove.error.fieldErrors.confirmName?.join(" ") ?? remove.error.message) : null}
        onConfirm={(confirmName) => remove.mutate({ envId, domainName, confirmName })}
      />
    </>
  );
}
