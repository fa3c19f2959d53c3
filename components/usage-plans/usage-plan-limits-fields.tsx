"use client";

import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { LimitsForm } from "./usage-plan-limits-form";

const periodOptions = [
  { value: "DAY", label: "Per day" },
  { value: "WEEK", label: "Per week" },
  { value: "MONTH", label: "Per month" },
] as const;

type LimitsFieldsProps = {
  form: LimitsForm;
  onChange: (form: LimitsForm) => void;
  errors: Record<string, string[] | undefined>;
  disabled?: boolean;
};

/** Throttle (rate, burst) and quota (limit, period, offset) of a usage plan, applied per API key. */
export function UsagePlanLimitsFields({ form, onChange, errors, disabled }: LimitsFieldsProps) {
  const set = (change: Partial<LimitsForm>) => onChange({ ...form, ...change });
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-[13px] font-semibold">Throttling per API key</legend>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Rate (req/s)" optional errors={errors["throttle.rateLimit"]} hint="Steady requests per second.">
            {(control) => <Input {...control} inputMode="decimal" value={form.rateLimit} onChange={(event) => set({ rateLimit: event.target.value })} disabled={disabled} />}
          </Field>
          <Field label="Burst (requests)" optional errors={errors["throttle.burstLimit"]} hint="Requests allowed at once.">
            {(control) => <Input {...control} inputMode="numeric" value={form.burstLimit} onChange={(event) => set({ burstLimit: event.target.value })} disabled={disabled} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-[13px] font-semibold">Quota per API key</legend>
        <CheckboxField label="Limit requests per period" description="Past the quota, API Gateway answers 429 Limit Exceeded until the period ends (UTC)." checked={form.quotaEnabled} onCheckedChange={(quotaEnabled) => set({ quotaEnabled })} disabled={disabled} />
        {form.quotaEnabled ? (
          <div className="grid grid-cols-3 gap-3">
            <Field label="Requests per period" errors={errors["quota.limit"]}>
              {(control) => <Input {...control} inputMode="numeric" value={form.quotaLimit} onChange={(event) => set({ quotaLimit: event.target.value })} disabled={disabled} />}
            </Field>
            <Field label="Period" errors={errors["quota.period"]}>
              {(control) => <Select {...control} value={form.quotaPeriod} onValueChange={(value) => set({ quotaPeriod: value as LimitsForm["quotaPeriod"] })} options={periodOptions} disabled={disabled} />}
            </Field>
            <Field label="Offset (requests)" errors={errors["quota.offset"]} hint="Taken off the limit in the first period.">
              {(control) => <Input {...control} inputMode="numeric" value={form.quotaOffset} onChange={(event) => set({ quotaOffset: event.target.value })} disabled={disabled} />}
            </Field>
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
