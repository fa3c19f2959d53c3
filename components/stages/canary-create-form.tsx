"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { useCreateCanaryMutation } from "@/lib/data/stages/create-canary-mutation";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { ComparePanel } from "./compare-panel";
import { TypedConfirmation } from "./typed-confirmation";

/** Deploys the working copy as a canary taking a share of the stage's traffic, with its own variable values. */
export function CanaryCreateForm({ envId, restApiId, stage }: { envId: string; restApiId: string; stage: StageRow }) {
  const router = useRouter();
  const mutation = useCreateCanaryMutation();
  const [percent, setPercent] = useState("10");
  const [description, setDescription] = useState("");
  const [overrides, setOverrides] = useState("");
  const [confirmation, setConfirmation] = useState("");
  const errors = mutation.error?.fieldErrors ?? {};
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const pairs = overrides.split("\n").map((line) => line.trim()).filter(Boolean).map((line) => {
      const [name, ...value] = line.split("=");
      return { name: name!.trim(), value: value.join("=").trim() };
    });
    mutation.mutate(
      { envId, restApiId, stageName: stage.stageName, description, percentTraffic: Number(percent), stageVariableOverrides: pairs, useStageCache: false, confirmStageName: confirmation || undefined },
      { onSuccess: (data) => { toast.success(`Canary ${data.deploymentId} takes ${data.percentTraffic}% of ${stage.stageName}.`); router.refresh(); } },
    );
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-4 rounded-lg border border-border p-4">
      <h2 className="text-[15px] font-semibold">Create a canary from the working copy</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Traffic to the canary (%)" errors={errors.percentTraffic} hint="0 to 100; the rest keeps the stage's deployment.">
          {(control) => <Input {...control} type="number" min={0} max={100} step={0.1} value={percent} onChange={(e) => setPercent(e.target.value)} />}
        </Field>
        <Field label="Description" optional errors={errors.description}>
          {(control) => <Input {...control} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
      </div>
      <Field label="Stage-variable overrides" optional errors={Object.entries(errors).filter(([key]) => key.startsWith("stageVariableOverrides")).flatMap(([, list]) => list)} hint="One name=value per line; the canary sees these instead of the stage's values.">
        {(control) => <Textarea {...control} rows={3} className="font-mono" value={overrides} onChange={(e) => setOverrides(e.target.value)} />}
      </Field>
      <section aria-label="What the canary serves differently" className="flex flex-col gap-2">
        <h3 className="text-[13px] font-medium">What the canary serves differently</h3>
        <ComparePanel variables={{ envId, restApiId, before: `stage:${stage.stageName}`, after: "working" }} emptyText="Nothing: the working copy equals what the stage serves." />
      </section>
      {stage.isProtected ? <TypedConfirmation stageName={stage.stageName} value={confirmation} onChange={setConfirmation} errors={errors.confirmStageName} /> : null}
      <FormAlert message={mutation.error && !errors.percentTraffic && !errors.confirmStageName ? mutation.error.message : null} />
      <Button type="submit" variant="primary" className="self-start" pending={mutation.isPending} disabled={stage.isProtected && confirmation !== stage.stageName}>
        Create canary
      </Button>
    </form>
  );
}
