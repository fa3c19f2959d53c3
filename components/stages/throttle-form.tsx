"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { SaveBar } from "@/components/forms/save-bar";
import { useUpdateStageThrottlingMutation } from "@/lib/data/stage-settings/update-stage-throttling-mutation";
import type { StageSettingsVariables } from "@/lib/data/stage-settings/stage-settings-query";
import { settingValue, type AccountThrottle } from "@/lib/domain/effective-limits";
import { methodSettingLabels } from "@/lib/domain/method-setting-conflicts";
import { methodSettingPatches, type MethodSettingTarget } from "@/lib/domain/method-settings-patch";
import type { MethodSettingValues } from "@/lib/domain/stage-settings";
import { formatBurst, formatRate } from "@/lib/domain/stage-throttle-limits";
import { PatchOperationsPreview } from "./patch-operations-preview";

type ThrottleFormProps = {
  at: StageSettingsVariables;
  target: MethodSettingTarget;
  /** The method-settings entry as loaded ({} for a method without one). */
  loaded: MethodSettingValues;
  account: AccountThrottle;
  /** "card": a Save bar under the fields; "dialog": Cancel and Save buttons. */
  layout: "card" | "dialog";
  onDone?: () => void;
};

const text = (value: number | undefined) => (settingValue(value) === null ? "" : String(value));
const parsed = (value: string) => (value.trim() === "" ? null : Number(value));

/** Rate and burst for the stage default or one method, with the operations a save sends; errors appear beside each field. */
export function ThrottleForm({ at, target, loaded, account, layout, onDone }: ThrottleFormProps) {
  const [rate, setRate] = useState(text(loaded.throttlingRateLimit));
  const [burst, setBurst] = useState(text(loaded.throttlingBurstLimit));
  const mutation = useUpdateStageThrottlingMutation((data) => {
    toast.success(data.patches.length === 0 ? "Nothing to change." : `Sent ${data.patches.length} patch operations to ${at.stageName}.`);
    onDone?.();
  });
  const edited = { throttlingRateLimit: parsed(rate), throttlingBurstLimit: parsed(burst) };
  const complete = Number.isFinite(edited.throttlingRateLimit) && Number.isFinite(edited.throttlingBurstLimit);
  const patches = complete ? methodSettingPatches(target, loaded, edited as { throttlingRateLimit: number; throttlingBurstLimit: number }) : [];
  const changes = patches.map((patch) => (patch.path.endsWith("rateLimit") ? methodSettingLabels.throttlingRateLimit : methodSettingLabels.throttlingBurstLimit));
  const errors = mutation.error?.fieldErrors ?? {};
  const fieldError = (field: string) => errors[`edited.${field}`];
  const formError = mutation.error && !fieldError("throttlingRateLimit") && !fieldError("throttlingBurstLimit") ? mutation.error.message : null;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate({ ...at, target, loaded, edited: edited as { throttlingRateLimit: number; throttlingBurstLimit: number } });
  };
  const discard = () => {
    setRate(text(loaded.throttlingRateLimit));
    setBurst(text(loaded.throttlingBurstLimit));
    mutation.reset();
  };
  const fields = (
    <div className="flex flex-col gap-3">
      <div className="grid max-w-xl grid-cols-2 gap-4">
        <Field label="Rate (requests per second)" errors={fieldError("throttlingRateLimit")} hint={limitHint(parsed(rate), account.rateLimit, formatRate)}>
          {(control) => <Input {...control} type="number" inputMode="decimal" min={0} step="any" value={rate} onChange={(e) => setRate(e.target.value)} placeholder={String(account.rateLimit)} />}
        </Field>
        <Field label="Burst (requests)" errors={fieldError("throttlingBurstLimit")} hint={limitHint(parsed(burst), account.burstLimit, formatBurst)}>
          {(control) => <Input {...control} type="number" inputMode="numeric" min={0} step={1} value={burst} onChange={(e) => setBurst(e.target.value)} placeholder={String(account.burstLimit)} />}
        </Field>
      </div>
      <PatchOperationsPreview patches={patches} />
      <FormAlert message={formError} />
    </div>
  );
  if (layout === "dialog") {
    return (
      <form onSubmit={submit} className="flex flex-col gap-4">
        {fields}
        <div className="flex justify-end gap-2">
          <Button onClick={onDone}>Cancel</Button>
          <Button type="submit" variant="primary" pending={mutation.isPending} disabled={!complete}>
            Save override
          </Button>
        </div>
      </form>
    );
  }
  return (
    <form onSubmit={submit} className="rounded-lg border border-border">
      <div className="p-4">{fields}</div>
      <SaveBar changes={changes} pending={mutation.isPending} onDiscard={discard} />
    </form>
  );
}

function limitHint(value: number | null, accountLimit: number, format: (n: number) => string): string {
  if (value === null) return `Not set: the account's ${format(accountLimit)} apply.`;
  if (value === accountLimit) return "Equal to the account's limit: no stage limit below the account's.";
  return `Account limit: ${format(accountLimit)}.`;
}
