"use client";

import type { StageRow } from "@/lib/deployments/stages-overview";
import { undeployedChangesLabel } from "@/lib/domain/stage";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export const NEW_STAGE = "__new__";

type StageChoiceProps = {
  stages: readonly StageRow[];
  choice: string;
  onChoice: (value: string) => void;
  newName: string;
  onNewName: (value: string) => void;
  errors: Record<string, string[]>;
};

/** Which stage to deploy to: an existing one (with its undeployed count) or a new one named here. */
export function StageChoice({ stages, choice, onChoice, newName, onNewName, errors }: StageChoiceProps) {
  const options = [
    ...stages.map((stage) => ({
      value: stage.stageName,
      label: stage.stageName,
      description: stage.undeployedCount ? undeployedChangesLabel(stage.undeployedCount) : undefined,
    })),
    { value: NEW_STAGE, label: "New stage…" },
  ];
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label="Stage" errors={choice === NEW_STAGE ? undefined : errors.stageName}>
        {(control) => <Select {...control} value={choice} onValueChange={onChoice} options={options} />}
      </Field>
      {choice === NEW_STAGE ? (
        <Field label="New stage name" errors={errors.stageName} hint="Letters, digits, - and _ (at most 128).">
          {(control) => <Input {...control} value={newName} onChange={(event) => onNewName(event.target.value)} autoComplete="off" />}
        </Field>
      ) : null}
    </div>
  );
}
