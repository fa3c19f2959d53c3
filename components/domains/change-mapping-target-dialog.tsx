"use client";

import { useState } from "react";
import { mappingTargetLabel, type BasePathMappingSummary } from "@/lib/domain/domain-name";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useUpdateBasePathMappingMutation } from "@/lib/data/base-path-mappings/update-base-path-mapping-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { ApiStageFields } from "./api-stage-fields";

type ChangeMappingTargetDialogProps = {
  envId: string;
  domainName: string;
  mapping: BasePathMappingSummary;
  apis: readonly RestApiSummary[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** Points an existing base path at another stage (or API): clients keep their URL and reach the new target at once. */
export function ChangeMappingTargetDialog({ envId, domainName, mapping, apis, open, onOpenChange }: ChangeMappingTargetDialogProps) {
  const [target, setTarget] = useState({ restApiId: mapping.restApiId, stage: mapping.stage ?? "" });
  const update = useUpdateBasePathMappingMutation((updated) => {
    toast.success(`${updated.basePath} now reaches ${mappingTargetLabel(updated, apis)}`);
    onOpenChange(false);
  });
  const failure = update.error ? { code: update.error.code, message: update.error.message, fieldErrors: update.error.fieldErrors } : null;
  const unchanged = target.restApiId === mapping.restApiId && target.stage === (mapping.stage ?? "");
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) update.reset();
      }}
    >
      <DialogContent title={`Change where ${mapping.basePath} points`} description="Live clients of this base path reach the new stage as soon as you save.">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate({ envId, domainName, basePath: mapping.basePath, ...target });
          }}
        >
          <DialogBody>
            <FormAlert message={formErrorOf(failure)} />
            <ApiStageFields envId={envId} apis={apis} value={target} onChange={setTarget} fieldErrors={failure?.fieldErrors ?? {}} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={unchanged} pending={update.isPending}>
              Save mapping
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
