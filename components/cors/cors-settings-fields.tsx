"use client";

import type { CorsSettings } from "@/lib/domain/cors-settings";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";

/** The form's own state: lists are typed as text and split when the plan is asked for. */
export type CorsSettingsForm = { anyOrigin: boolean; origins: string; methods: string[]; allowHeaders: string; exposeHeaders: string; allowCredentials: boolean; maxAge: string };

const methodChoices = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
const splitList = (text: string) => text.split(/[\s,]+/).map((item) => item.trim()).filter(Boolean);

/** The settings the plan is computed from. */
export function toCorsSettings(form: CorsSettingsForm): CorsSettings {
  const maxAge = form.maxAge.trim();
  return {
    origins: form.anyOrigin ? ["*"] : splitList(form.origins),
    allowMethods: form.methods,
    allowHeaders: splitList(form.allowHeaders),
    exposeHeaders: splitList(form.exposeHeaders),
    allowCredentials: form.allowCredentials,
    maxAgeSeconds: maxAge === "" ? null : Number(maxAge),
  };
}

type CorsSettingsFieldsProps = { form: CorsSettingsForm; onChange: (form: CorsSettingsForm) => void; fieldErrors: Record<string, string[]> };

export function CorsSettingsFields({ form, onChange, fieldErrors }: CorsSettingsFieldsProps) {
  const errors = (name: keyof CorsSettings) => fieldErrors[`settings.${name}`] ?? Object.entries(fieldErrors).filter(([key]) => key.startsWith(`settings.${name}.`)).flatMap(([, value]) => value);
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-[13px] font-medium">Allowed origins</legend>
        <CheckboxField label="Any origin (*)" description="Anyone's page may call the API. Not allowed with credentials." checked={form.anyOrigin} onCheckedChange={(anyOrigin) => onChange({ ...form, anyOrigin })} />
        {!form.anyOrigin ? (
          <Field label="Origins" errors={errors("origins").length ? errors("origins") : undefined} hint="One per line, e.g. https://app.example.com. Several origins are echoed back one at a time, with Vary: Origin.">
            {(control) => <Textarea {...control} rows={3} className="font-mono" value={form.origins} onChange={(event) => onChange({ ...form, origins: event.target.value })} />}
          </Field>
        ) : errors("origins").length ? (
          <p role="alert" className="text-xs font-medium text-danger">{errors("origins").join(" ")}</p>
        ) : null}
      </fieldset>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-[13px] font-medium">Methods</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {methodChoices.map((method) => (
            <CheckboxField
              key={method}
              label={method}
              checked={form.methods.includes(method)}
              onCheckedChange={(checked) => onChange({ ...form, methods: checked ? [...form.methods, method] : form.methods.filter((m) => m !== method) })}
            />
          ))}
        </div>
        {errors("allowMethods").length ? <p role="alert" className="text-xs font-medium text-danger">{errors("allowMethods").join(" ")}</p> : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Request headers" errors={errors("allowHeaders").length ? errors("allowHeaders") : undefined} hint="Access-Control-Allow-Headers, comma separated.">
          {(control) => <Input {...control} className="font-mono" value={form.allowHeaders} onChange={(event) => onChange({ ...form, allowHeaders: event.target.value })} />}
        </Field>
        <Field label="Exposed headers" optional errors={errors("exposeHeaders").length ? errors("exposeHeaders") : undefined} hint="Response headers the page's script may read.">
          {(control) => <Input {...control} className="font-mono" value={form.exposeHeaders} onChange={(event) => onChange({ ...form, exposeHeaders: event.target.value })} />}
        </Field>
        <Field label="Max age (seconds)" optional errors={errors("maxAgeSeconds").length ? errors("maxAgeSeconds") : undefined} hint="How long browsers may cache the preflight answer.">
          {(control) => <Input {...control} inputMode="numeric" className="w-32" value={form.maxAge} onChange={(event) => onChange({ ...form, maxAge: event.target.value })} />}
        </Field>
      </div>
      <CheckboxField label="Allow credentials" description="Cookies and HTTP authentication travel with the request (Access-Control-Allow-Credentials: true)." checked={form.allowCredentials} onCheckedChange={(allowCredentials) => onChange({ ...form, allowCredentials })} />
      {errors("allowCredentials").length ? <p role="alert" className="text-xs font-medium text-danger">{errors("allowCredentials").join(" ")}</p> : null}
    </div>
  );
}
