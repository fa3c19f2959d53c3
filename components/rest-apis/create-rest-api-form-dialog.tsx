"use client";

import { useState } from "react";
import type { EndpointType } from "@/lib/domain/rest-api";
import { useCreateRestApiMutation } from "@/lib/data/rest-apis/create-rest-api-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";
import { endpointTypeOptions } from "./endpoint-type";

const emptyForm = { name: "", description: "", endpointType: "REGIONAL" as EndpointType };

type CreateRestApiFormDialogProps = {
  envId: string;
  environmentName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The button that opened the dialog: it is not a Radix trigger, so focus is handed back to it explicitly. */
  returnFocusTo: React.RefObject<HTMLButtonElement | null>;
};

/** The dialog and its form, loaded when "Create API" is first pressed (see create-rest-api-dialog.tsx). */
export default function CreateRestApiFormDialog({ envId, environmentName, open, onOpenChange: setOpen, returnFocusTo }: CreateRestApiFormDialogProps) {
  const [form, setForm] = useState(emptyForm);
  const create = useCreateRestApiMutation({
    onSuccess(api) {
      toast.success(`Created API “${api.name}”`, { description: `ID ${api.id} in ${environmentName}` });
      setForm(emptyForm);
      setOpen(false);
    },
    // Refusals are shown in the form, beside the field they concern.
    onError() {},
  });
  const failure = create.error ? { code: create.error.code, message: create.error.message, fieldErrors: create.error.fieldErrors } : null;
  const fieldErrors = failure?.fieldErrors ?? {};

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) create.reset();
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Create REST API"
        description={`A new, empty REST API in ${environmentName}.`}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ envId, name: form.name, description: form.description || undefined, endpointType: form.endpointType });
          }}
        >
          <DialogBody>
            <FormAlert message={formErrorOf(failure)} />
            <Field label="Name" errors={fieldErrors.name}>
              {(control) => (
                <Input {...control} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" autoFocus placeholder="e.g. orders-api" />
              )}
            </Field>
            <Field label="Description" optional errors={fieldErrors.description}>
              {(control) => <Textarea {...control} value={form.description} onChange={(event) => setForm({ ...form, description: event.target.value })} />}
            </Field>
            <Field label="Endpoint type" errors={fieldErrors.endpointType}>
              {(control) => (
                <Select
                  {...control}
                  value={form.endpointType}
                  onValueChange={(value) => setForm({ ...form, endpointType: value as EndpointType })}
                  options={endpointTypeOptions}
                />
              )}
            </Field>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={create.isPending}>
              Create API
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
