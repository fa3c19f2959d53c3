"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { useDeleteCanaryMutation } from "@/lib/data/stages/delete-canary-mutation";
import { usePromoteCanaryMutation } from "@/lib/data/stages/promote-canary-mutation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { CanaryCreateForm } from "./canary-create-form";
import { ComparePanel } from "./compare-panel";
import { TypedConfirmation } from "./typed-confirmation";

function Side({ title, deploymentId, percent, variables }: { title: string; deploymentId: string | null; percent: number; variables: Record<string, string> }) {
  return (
    <div className="flex flex-1 flex-col gap-1 rounded-lg border border-border p-4">
      <h3 className="text-[13px] font-medium">{title}</h3>
      <p className="font-mono text-xs">{deploymentId ?? "—"}</p>
      <p className="text-[13px] text-muted-foreground">{percent.toFixed(1)}% of requests</p>
      <p className="text-xs text-muted-foreground">{Object.keys(variables).length === 0 ? "No variable overrides" : Object.entries(variables).map(([name, value]) => `${name}=${value}`).join(", ")}</p>
    </div>
  );
}

/** The stage's canary: both deployments side by side, what differs, and promote or remove; or a form to create one. */
export function CanaryPanel({ envId, restApiId, stage, canDeploy }: { envId: string; restApiId: string; stage: StageRow; canDeploy: boolean }) {
  const router = useRouter();
  const promote = usePromoteCanaryMutation();
  const remove = useDeleteCanaryMutation();
  const [confirmation, setConfirmation] = useState("");
  const canary = stage.canary;
  if (!canary) {
    return canDeploy ? <CanaryCreateForm envId={envId} restApiId={restApiId} stage={stage} /> : <p className="text-[13px] text-muted-foreground">This stage has no canary.</p>;
  }
  const input = { envId, restApiId, stageName: stage.stageName, confirmStageName: confirmation || undefined };
  const done = (message: string) => () => { toast.success(message); router.refresh(); };
  const error = promote.error ?? remove.error;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-3 md:flex-row">
        <Side title="Stage deployment" deploymentId={stage.deploymentId} percent={100 - canary.percentTraffic} variables={stage.variables} />
        <Side title="Canary deployment" deploymentId={canary.deploymentId} percent={canary.percentTraffic} variables={canary.stageVariableOverrides} />
      </div>
      {stage.deploymentId && canary.deploymentId ? (
        <ComparePanel variables={{ envId, restApiId, before: `deployment:${stage.deploymentId}`, after: `deployment:${canary.deploymentId}` }} emptyText="Both deployments serve the same API." />
      ) : null}
      {canDeploy ? (
        <>
          {stage.isProtected ? <TypedConfirmation stageName={stage.stageName} value={confirmation} onChange={setConfirmation} errors={error?.fieldErrors.confirmStageName} /> : null}
          <FormAlert message={error && !error.fieldErrors.confirmStageName ? error.message : null} />
          <div className="flex gap-2">
            <Button variant="primary" pending={promote.isPending} disabled={stage.isProtected && confirmation !== stage.stageName} onClick={() => promote.mutate(input, { onSuccess: done(`Promoted the canary: ${stage.stageName} serves ${canary.deploymentId}.`) })}>
              Promote canary
            </Button>
            <Button variant="danger-outline" pending={remove.isPending} disabled={stage.isProtected && confirmation !== stage.stageName} onClick={() => remove.mutate(input, { onSuccess: done(`Removed the canary of ${stage.stageName}.`) })}>
              Remove canary
            </Button>
          </div>
        </>
      ) : null}
    </div>
  );
}
