"use client";

import { useState } from "react";
import type { UsagePlanSummary } from "@/lib/domain/usage-plan";
import { SaveBar } from "@/components/forms/save-bar";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { operationCount, PatchOperationsPreview } from "./patch-operations-preview";
import { UsagePlanLimitsFields } from "./usage-plan-limits-fields";
import { limitsFormOf, parseLimitsForm, type LimitsForm } from "./usage-plan-limits-form";
import { useUsagePlanSave } from "./use-usage-plan-save";

type FormState = { name: string; description: string; limits: LimitsForm };

const formOf = (plan: UsagePlanSummary): FormState => ({ name: plan.name, description: plan.description ?? "", limits: limitsFormOf(plan) });

/** Name, description, throttle and quota; the save bar names the patch operations a save sends, listed above it. */
export function UsagePlanSettingsForm({ envId, plan }: { envId: string; plan: UsagePlanSummary }) {
  const [form, setForm] = useState<FormState>(() => formOf(plan));
  const parsed = parseLimitsForm(form.limits);
  const valid = Object.keys(parsed.errors).length === 0;
  const draft = valid ? { ...plan, name: form.name.trim(), description: form.description.trim() || null, throttle: parsed.throttle, quota: parsed.quota } : null;
  const { operations, save, pending, fieldErrors, formError, reset } = useUsagePlanSave(envId, plan, draft);
  const errors = { ...fieldErrors, ...parsed.errors };
  const discard = () => {
    setForm(formOf(plan));
    reset();
  };
  return (
    <form
      noValidate
      aria-label="Usage plan settings"
      className="flex max-w-3xl flex-col rounded-lg border border-border"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="flex flex-col gap-4 p-4">
        <FormAlert message={formError} />
        <div className="grid grid-cols-2 gap-3">
          <Field label="Name" errors={errors.name}>
            {(control) => <Input {...control} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} />}
          </Field>
          <Field label="Description" optional errors={errors.description}>
            {(control) => <Input {...control} value={form.description} onChange={(event) => setForm({ ...form, description: event.target.value })} />}
          </Field>
        </div>
        <UsagePlanLimitsFields form={form.limits} onChange={(limits) => setForm({ ...form, limits })} errors={errors} />
        <PatchOperationsPreview usagePlanId={plan.id} operations={operations} />
      </div>
      <SaveBar changes={operationCount(operations.length)} pending={pending} onDiscard={discard} />
    </form>
  );
}
