"use client";

import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { SampleTrafficApi } from "@/lib/domain/sample-traffic";

type ApiStageFieldsProps = {
  apis: SampleTrafficApi[];
  apiId: string;
  stage: string;
  onChange: (apiId: string, stage: string) => void;
  errors?: Record<string, string[]>;
};

/** API (when there is a choice) and deployed stage pickers shared by the sample-traffic and synthetic-history dialogs. */
export function ApiStageFields({ apis, apiId, stage, onChange, errors }: ApiStageFieldsProps) {
  const api = apis.find((candidate) => candidate.id === apiId);
  return (
    <div className="grid grid-cols-2 gap-3">
      {apis.length > 1 ? (
        <Field label="API" errors={errors?.restApiId}>
          {(control) => (
            <Select {...control} value={apiId} options={apis.map((a) => ({ value: a.id, label: a.name }))} onValueChange={(id) => onChange(id, apis.find((a) => a.id === id)?.stages[0] ?? "")} />
          )}
        </Field>
      ) : null}
      <Field label="Stage" errors={errors?.stage}>
        {(control) => <Select {...control} value={stage} options={(api?.stages ?? []).map((name) => ({ value: name, label: name }))} onValueChange={(name) => onChange(apiId, name)} />}
      </Field>
    </div>
  );
}

/** The dashboard's stage when it is deployed, else the first API's first deployed stage. */
export function initialTarget(apis: SampleTrafficApi[], stage: string | undefined): { apiId: string; stage: string } {
  const first = apis[0];
  return { apiId: first?.id ?? "", stage: stage && first?.stages.includes(stage) ? stage : (first?.stages[0] ?? "") };
}
