"use client";

import { useState } from "react";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useUpdateRestApiMutation } from "@/lib/data/rest-apis/update-rest-api-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { SaveBar } from "@/components/forms/save-bar";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";

type RestApiSettingsFormProps = { envId: string; api: RestApiSummary; canEdit: boolean };

export function RestApiSettingsForm({ envId, api, canEdit }: RestApiSettingsFormProps) {
  const [saved, setSaved] = useState({ name: api.name, description: api.description ?? "" });
  const [form, setForm] = useState(saved);
  const update = useUpdateRestApiMutation({
    onSuccess(updated) {
      toast.success(updated.name === saved.name ? `Saved “${updated.name}”` : `Renamed “${saved.name}” to “${updated.name}”`);
      const next = { name: updated.name, description: updated.description ?? "" };
      setSaved(next);
      setForm(next);
    },
    onError() {},
  });
  const failure = update.error ? { code: update.error.code, message: update.error.message, fieldErrors: update.error.fieldErrors } : null;
  const changed = [form.name !== saved.name ? "name" : null, form.description !== saved.description ? "description" : null].filter((field): field is string => field !== null);

  return (
    <form
      noValidate
      aria-labelledby="general-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed.length > 0) update.mutate({ envId, restApiId: api.id, name: form.name, description: form.description });
      }}
      className="rounded-lg border border-border"
    >
      <h2 id="general-heading" className="border-b border-border px-4 py-2.5 text-[13px] font-semibold">
        General
      </h2>
      <div className="flex max-w-xl flex-col gap-4 px-4 py-4">
        <FormAlert message={formErrorOf(failure)} />
        <Field label="Name" errors={failure?.fieldErrors.name}>
          {(control) => <Input {...control} value={form.name} readOnly={!canEdit} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" />}
        </Field>
        <Field label="Description" optional errors={failure?.fieldErrors.description}>
          {(control) => <Textarea {...control} value={form.description} readOnly={!canEdit} onChange={(event) => setForm({ ...form, description: event.target.value })} />}
        </Field>
        {!canEdit ? <p className="text-xs text-muted-foreground">You can view these settings. Changing them needs the editor role.</p> : null}
      </div>
      {canEdit ? (
        <SaveBar
          changes={changed}
          pending={update.isPending}
          onDiscard={() => {
            setForm(saved);
            update.reset();
          }}
        />
      ) : null}
    </form>
  );
}
