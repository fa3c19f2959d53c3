"use client";

import { useState } from "react";
import { useCheckCorsPreflightMutation } from "@/lib/data/cors/check-cors-preflight-mutation";
import { useStageNamesQuery } from "@/lib/data/cors/stage-names-query";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { DialogBody, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CorsVerdictView } from "./cors-verdict-view";

type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
const methods = (["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const).map((value) => ({ value, label: value }));

/** Asks a deployed stage what a browser would ask, and says whether the browser would allow the call. */
export function CorsPreflightCheck({ envId, restApiId, defaultPath }: { envId: string; restApiId: string; defaultPath: string }) {
  const stages = useStageNamesQuery({ envId, restApiId, enabled: true });
  const [form, setForm] = useState({ stage: "", path: defaultPath, origin: "", method: "GET" as HttpMethod, headers: "", credentials: false });
  const check = useCheckCorsPreflightMutation();
  const stage = form.stage || stages.data?.[0] || "";
  const failure = check.error;
  const fieldErrors = failure?.fieldErrors ?? {};
  const noStages = stages.data?.length === 0;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        check.mutate({ envId, restApiId, ...form, stage, headers: form.headers.split(/[\s,]+/).filter(Boolean) });
      }}
    >
      <DialogBody>
        {noStages ? <FormAlert message="This API has no stages yet. Deploy it to a stage, then check the preflight there." /> : null}
        <FormAlert message={stages.error?.message ?? (failure ? formErrorOf({ code: failure.code, message: failure.message, fieldErrors }) : null)} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Stage" errors={fieldErrors.stage}>
            {(control) => <Select {...control} value={stage} onValueChange={(value) => setForm({ ...form, stage: value })} options={(stages.data ?? []).map((name) => ({ value: name, label: name }))} placeholder={stages.isPending ? "Loading stages…" : "No stages"} />}
          </Field>
          <Field label="Path" errors={fieldErrors.path}>
            {(control) => <Input {...control} className="font-mono" value={form.path} onChange={(event) => setForm({ ...form, path: event.target.value })} />}
          </Field>
          <Field label="Origin" errors={fieldErrors.origin} hint="The page's origin, e.g. https://app.example.com">
            {(control) => <Input {...control} className="font-mono" value={form.origin} onChange={(event) => setForm({ ...form, origin: event.target.value })} />}
          </Field>
          <Field label="Method" errors={fieldErrors.method}>
            {(control) => <Select {...control} value={form.method} onValueChange={(method) => setForm({ ...form, method: method as HttpMethod })} options={methods} />}
          </Field>
          <Field label="Request headers" optional errors={fieldErrors.headers} hint="Headers the page sets, comma separated.">
            {(control) => <Input {...control} className="font-mono" value={form.headers} onChange={(event) => setForm({ ...form, headers: event.target.value })} />}
          </Field>
          <div className="self-end pb-1">
            <CheckboxField label="With credentials" checked={form.credentials} onCheckedChange={(credentials) => setForm({ ...form, credentials })} />
          </div>
        </div>
        {check.data ? <CorsVerdictView result={check.data} origin={check.variables?.origin ?? form.origin} /> : null}
      </DialogBody>
      <DialogFooter>
        <Button type="submit" variant="primary" pending={check.isPending} disabled={noStages}>
          Run check
        </Button>
      </DialogFooter>
    </form>
  );
}
