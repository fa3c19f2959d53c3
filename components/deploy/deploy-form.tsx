"use client";

import { useState } from "react";
import { useCreateDeploymentMutation } from "@/lib/data/stages/create-deployment-mutation";
import { useStagesQuery } from "@/lib/data/stages/stages-query";
import { Button } from "@/components/ui/button";
import { DialogBody, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { ComparePanel } from "@/components/stages/compare-panel";
import { AdvisorFindingsPanel } from "@/components/advisor/advisor-findings-panel";
import { TypedConfirmation } from "@/components/stages/typed-confirmation";
import { DeployPendingSteps, DeployResult, type DeployResultData } from "./deploy-result";
import { NEW_STAGE, StageChoice } from "./stage-choice";

type DeployFormProps = { envId: string; restApiId: string; initialStage?: string; onClose: () => void };

/** Choose the stage, describe the deploy, review the diff, confirm; then the steps and their outcome. */
export function DeployForm({ envId, restApiId, initialStage, onClose }: DeployFormProps) {
  const stages = useStagesQuery({ envId, restApiId });
  const deploy = useCreateDeploymentMutation();
  const [choice, setChoice] = useState<string | null>(initialStage ?? null);
  const [newName, setNewName] = useState("");
  const [description, setDescription] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const [result, setResult] = useState<DeployResultData | null>(null);

  if (stages.isPending) return <DialogBody><Skeleton className="h-32 w-full" /></DialogBody>;
  if (stages.isError) return <DialogBody><FormAlert message={stages.error.message} /></DialogBody>;
  const selected = choice ?? stages.data.stages[0]?.stageName ?? NEW_STAGE;
  const existing = stages.data.stages.find((stage) => stage.stageName === selected);
  const stageName = selected === NEW_STAGE ? newName.trim() : selected;
  const errors = deploy.error?.fieldErrors ?? {};

  const submit = (existingDeploymentId?: string) =>
    deploy.mutate(
      { envId, restApiId, stageName, description, confirmStageName: confirmation || undefined, existingDeploymentId },
      { onSuccess: (data) => setResult(data) },
    );
  if (result) {
    return (
      <>
        <DialogBody>
          <DeployResult result={result} retrying={deploy.isPending} onRetry={() => submit(result.deploymentId ?? undefined)} />
        </DialogBody>
        <DialogFooter>
          <Button onClick={onClose}>Done</Button>
        </DialogFooter>
      </>
    );
  }
  return (
    <form onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <DialogBody>
        <StageChoice stages={stages.data.stages} choice={selected} onChoice={setChoice} newName={newName} onNewName={setNewName} errors={errors} />
        <Field label="Description" optional errors={errors.description} hint="Why this deploy: shown in the history beside your name.">
          {(control) => <Textarea {...control} rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />}
        </Field>
        <section aria-label="Review the diff" className="flex flex-col gap-2">
          <h3 className="text-[13px] font-medium">What this deploy changes</h3>
          <ComparePanel variables={{ envId, restApiId, before: existing ? `stage:${existing.stageName}` : "empty", after: "working" }} emptyText="No undeployed changes: the stage already serves the working copy." />
        </section>
        {existing ? (
          <AdvisorFindingsPanel
            envId={envId}
            restApiId={restApiId}
            scope={{ stageName: existing.stageName }}
            title={`Pre-deploy checklist for ${existing.stageName}`}
            emptyText="The advisor has no findings about this stage."
          />
        ) : null}
        {existing?.isProtected ? <TypedConfirmation stageName={existing.stageName} value={confirmation} onChange={setConfirmation} errors={errors.confirmStageName} /> : null}
        {deploy.isPending ? <DeployPendingSteps /> : null}
        <FormAlert message={deploy.error && !deploy.error.fieldErrors.confirmStageName ? deploy.error.message : null} />
      </DialogBody>
      <DialogFooter>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" variant="primary" pending={deploy.isPending} disabled={!stageName || (existing?.isProtected && confirmation !== existing.stageName)}>
          {deploy.isPending ? "Deploying…" : `Deploy to ${stageName || "stage"}`}
        </Button>
      </DialogFooter>
    </form>
  );
}
