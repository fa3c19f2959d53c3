"use client";

import { useState } from "react";
import { toast } from "sonner";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { usePromoteStageMutation } from "@/lib/data/stages/promote-stage-mutation";
import { useRollbackStageMutation } from "@/lib/data/stages/rollback-stage-mutation";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { ComparePanel } from "./compare-panel";
import { TypedConfirmation } from "./typed-confirmation";

export type PointMode = { kind: "rollback"; deploymentId: string } | { kind: "promote"; fromStage: string; deploymentId: string | null };

type PointStageDialogProps = { envId: string; restApiId: string; stage: StageRow; mode: PointMode; triggerLabel: string };

/** Rollback or promote: shows what would change on the stage, asks for the typed name when protected, then points it. */
export function PointStageDialog({ envId, restApiId, stage, mode, triggerLabel }: PointStageDialogProps) {
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState("");
  const after = mode.kind === "rollback" ? `deployment:${mode.deploymentId}` : `stage:${mode.fromStage}`;
  const title = mode.kind === "rollback" ? `Roll ${stage.stageName} back to ${mode.deploymentId}` : `Promote ${mode.fromStage} to ${stage.stageName}`;
  const base = { envId, restApiId, stageName: stage.stageName, confirmStageName: confirmation || undefined };
  // On the hook, not in mutate(): a promoted stage no longer offers promotion, so this dialog unmounts as the action returns.
  const onSuccess = () => {
    toast.success(mode.kind === "rollback" ? `Stage ${stage.stageName} now serves deployment ${mode.deploymentId}.` : `Stage ${stage.stageName} now serves what ${mode.fromStage} serves.`);
    setOpen(false);
  };
  const rollback = useRollbackStageMutation(onSuccess);
  const promote = usePromoteStageMutation(onSuccess);
  const submit = () => (mode.kind === "rollback" ? rollback.mutate({ ...base, deploymentId: mode.deploymentId }) : promote.mutate({ ...base, fromStageName: mode.fromStage }));
  const mutation = mode.kind === "rollback" ? rollback : promote;
  const blocked = stage.isProtected && confirmation !== stage.stageName;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm">{triggerLabel}</Button>
      </DialogTrigger>
      <DialogContent title={title} description={`What stage ${stage.stageName} would serve differently:`} className="max-w-3xl">
        {open ? (
          <>
            <DialogBody>
              <ComparePanel variables={{ envId, restApiId, before: `stage:${stage.stageName}`, after }} emptyText="No differences: the stage would serve the same API." />
              {stage.isProtected ? <TypedConfirmation stageName={stage.stageName} value={confirmation} onChange={setConfirmation} errors={mutation.error?.fieldErrors.confirmStageName} /> : null}
              <FormAlert message={mutation.error && !mutation.error.fieldErrors.confirmStageName ? mutation.error.message : null} />
            </DialogBody>
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
              <Button variant="primary" onClick={submit} pending={mutation.isPending} disabled={blocked}>
                {mode.kind === "rollback" ? "Roll back" : "Promote"}
              </Button>
            </DialogFooter>
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
