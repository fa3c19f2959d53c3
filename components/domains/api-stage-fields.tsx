"use client";

import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useStageNamesQuery } from "@/lib/data/cors/stage-names-query";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export type ApiStageTarget = { restApiId: string; stage: string };

type ApiStageFieldsProps = {
  envId: string;
  apis: readonly RestApiSummary[];
  value: ApiStageTarget;
  onChange: (value: ApiStageTarget) => void;
  fieldErrors: Record<string, string[]>;
};

/** Pick an API, then one of its stages (read once the API is chosen); choosing another API clears the stage. */
export function ApiStageFields({ envId, apis, value, onChange, fieldErrors }: ApiStageFieldsProps) {
  const stages = useStageNamesQuery({ envId, restApiId: value.restApiId, enabled: value.restApiId !== "" });
  const stageNames = stages.data ?? [];
  const stageHint = !value.restApiId
    ? "Choose an API first."
    : stages.isPending
      ? "Reading the API's stages…"
      : stages.error
        ? stages.error.message
        : stageNames.length === 0
          ? "This API has no stages yet: deploy it to a stage first."
          : undefined;
  const apiOptions = [...apis].sort((a, b) => a.name.localeCompare(b.name)).map((api) => ({ value: api.id, label: api.name, description: api.id }));
  return (
    <>
      <Field label="API" errors={fieldErrors.restApiId}>
        {(control) => <Select {...control} value={value.restApiId} onValueChange={(restApiId) => onChange({ restApiId, stage: "" })} options={apiOptions} placeholder="Choose an API" />}
      </Field>
      <Field label="Stage" errors={fieldErrors.stage} hint={stageHint}>
        {(control) => (
          <Select
            {...control}
            value={value.stage}
            onValueChange={(stage) => onChange({ ...value, stage })}
            options={stageNames.map((name) => ({ value: name, label: name }))}
            placeholder="Choose a stage"
            disabled={stageNames.length === 0}
          />
        )}
      </Field>
    </>
  );
}
