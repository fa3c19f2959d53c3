"use client";

import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { useRemoveStageMethodOverrideMutation } from "@/lib/data/stage-settings/remove-stage-method-override-mutation";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import { removeMethodSettingOverride } from "@/lib/domain/method-settings-patch";
import { methodLabel, type MethodOverride } from "@/lib/domain/stage-method-overrides";
import { PatchOperationsPreview } from "./patch-operations-preview";

/** Confirms removing a method's own entry from the stage's method settings, showing the one operation it sends. */
export function RemoveOverrideDialog({ at, override, onClose }: { at: StageSettingsVariables; override: MethodOverride; onClose: () => void }) {
  const mutation = useRemoveStageMethodOverrideMutation((data) => {
    toast.success(`Removed the override of ${methodLabel(override)} (${data.patches.length} patch operation).`);
    onClose();
  });
  const target = { resourcePath: override.resourcePath, httpMethod: override.httpMethod };
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent size="sm" title={`Remove the override of ${methodLabel(override)}?`} description="The stage default applies to the method again. Its own caching and logging settings on this stage go too.">
        <DialogBody>
          <PatchOperationsPreview patches={[removeMethodSettingOverride(target)]} />
          <FormAlert message={mutation.error?.message ?? null} />
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="danger" pending={mutation.isPending} onClick={() => mutation.mutate({ ...at, target, loaded: override.values })}>
            Remove override
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
