"use client";

import { useState } from "react";
import type { ModelSummary } from "@/lib/domain/model";
import { useCreateModelMutation } from "@/lib/data/models/create-model-mutation";
import { useUpdateModelMutation } from "@/lib/data/models/update-model-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { ModelSchemaEditor } from "./model-schema-editor";

type ModelDialogProps = { envId: string; restApiId: string; model: ModelSummary | null; knownModels: readonly string[]; canEdit: boolean; onClose: () => void };

/** Creates a model (model = null) or edits one; viewers see it read-only. */
export function ModelDialog({ envId, restApiId, model, knownModels, canEdit, onClose }: ModelDialogProps) {
  const [form, setForm] = useState({ name: model?.name ?? "", description: model?.description ?? "", schema: model ? pretty(model.schema) : "" });
  const done = (verb: string) => () => (toast.success(`${verb} model ${form.name}`), onClose());
  const create = useCreateModelMutation(done("Created"));
  const update = useUpdateModelMutation(done("Saved"));
  const mutation = model ? update : create;
  const failure = mutation.error;
  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={model ? `Model ${model.name}` : "Create model"} description={model ? model.contentType : "A JSON Schema (draft 4) that request and response bodies can be validated against."} className="max-w-2xl">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const input = { envId, restApiId, name: form.name, description: form.description, schema: form.schema };
            if (model) update.mutate(input);
            else create.mutate({ ...input, contentType: "application/json" });
          }}
        >
          <DialogBody>
            <FormAlert message={failure ? formErrorOf({ code: failure.code, message: failure.message, fieldErrors }) : null} />
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Name" errors={fieldErrors.name} hint={model ? "A model's name cannot change." : "Letters and digits, e.g. Pet."}>
                {(control) => <Input {...control} value={form.name} readOnly={Boolean(model) || !canEdit} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" />}
              </Field>
              <Field label="Description" optional errors={fieldErrors.description}>
                {(control) => <Input {...control} value={form.description} readOnly={!canEdit} onChange={(event) => setForm({ ...form, description: event.target.value })} />}
              </Field>
            </div>
            <ModelSchemaEditor value={form.schema} onChange={(schema) => setForm({ ...form, schema })} knownModels={knownModels} readOnly={!canEdit} serverErrors={fieldErrors.schema} title={form.name} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>{canEdit ? "Cancel" : "Done"}</Button>
            {canEdit ? (
              <Button type="submit" variant="primary" pending={mutation.isPending}>
                {model ? "Save" : "Create model"}
              </Button>
            ) : null}
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function pretty(schema: string): string {
  try {
    return JSON.stringify(JSON.parse(schema), null, 2);
  } catch {
    return schema;
  }
}
