"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import type { UsagePlanStage } from "@/lib/domain/usage-plan";
import { useStageNamesQuery } from "@/lib/data/cors/stage-names-query";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

type AddApiStageDialogProps = {
  envId: string;
  apis: ReadonlyArray<{ id: string; name: string }>;
  /** Stages already in the plan, which the picker leaves out. */
  taken: ReadonlySet<string>;
  onAdd: (stage: UsagePlanStage) => void;
};

/** Pick an API, then one of its stages; the stage joins the plan's pending changes. */
export function AddApiStageDialog({ envId, apis, taken, onAdd }: AddApiStageDialogProps) {
  const [open, setOpen] = useState(false);
  const [apiId, setApiId] = useState("");
  const [stage, setStage] = useState("");
  const stages = useStageNamesQuery({ envId, restApiId: apiId, enabled: open && apiId !== "" });
  const stageOptions = (stages.data ?? []).filter((name) => !taken.has(`${apiId}:${name}`)).map((name) => ({ value: name, label: name }));
  const hint = apiId === "" ? "Choose an API first." : stages.isPending ? "Reading the API's stages…" : stages.error ? stages.error.message : stageOptions.length === 0 ? "This API has no stage that is not in the plan yet. Deploy it to a stage first." : undefined;
  const close = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setApiId("");
      setStage("");
    }
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button>
          <Plus aria-hidden />
          Add API stage
        </Button>
      </DialogTrigger>
      <DialogContent title="Add API stage" size="sm" description="Keys in this plan may call the stage, within the plan's limits.">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!apiId || !stage) return;
            onAdd({ apiId, stage, methodThrottles: [] });
            close(false);
          }}
        >
          <DialogBody>
            <Field label="API">
              {(control) => <Select {...control} value={apiId} onValueChange={(value) => (setApiId(value), setStage(""))} options={apis.map((api) => ({ value: api.id, label: api.name, description: api.id }))} placeholder="Choose an API" />}
            </Field>
            <Field label="Stage" hint={hint}>
              {(control) => <Select {...control} value={stage} onValueChange={setStage} options={stageOptions} placeholder="Choose a stage" disabled={stageOptions.length === 0} />}
            </Field>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => close(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={!apiId || !stage}>
              Add stage
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
