"use client";

import { useState } from "react";
import type { RequestValidatorSummary } from "@/lib/domain/request-validator";
import { useCreateRequestValidatorMutation } from "@/lib/data/request-validators/create-request-validator-mutation";
import { useUpdateRequestValidatorMutation } from "@/lib/data/request-validators/update-request-validator-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";

type RequestValidatorDialogProps = { envId: string; restApiId: string; validator: RequestValidatorSummary | null; onClose: () => void };

/** Creates a validator (validator = null), or renames one and toggles its checks. */
export function RequestValidatorDialog({ envId, restApiId, validator, onClose }: RequestValidatorDialogProps) {
  const [form, setForm] = useState({ name: validator?.name ?? "", validateRequestBody: validator?.validateRequestBody ?? true, validateRequestParameters: validator?.validateRequestParameters ?? true });
  const done = (verb: string) => () => (toast.success(`${verb} validator ${form.name}`), onClose());
  const create = useCreateRequestValidatorMutation(done("Created"));
  const update = useUpdateRequestValidatorMutation(done("Saved"));
  const mutation = validator ? update : create;
  const failure = mutation.error;
  const fieldErrors = failure?.fieldErrors ?? {};
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={validator ? `Validator ${validator.name}` : "Create request validator"} description="What API Gateway checks before calling the integration; methods choose a validator." size="sm">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (validator) update.mutate({ envId, restApiId, validatorId: validator.id, ...form });
            else create.mutate({ envId, restApiId, ...form });
          }}
        >
          <DialogBody>
            <FormAlert message={failure ? formErrorOf({ code: failure.code, message: failure.message, fieldErrors }) : null} />
            <Field label="Name" errors={fieldErrors.name}>
              {(control) => <Input {...control} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" />}
            </Field>
            <CheckboxField label="Validate body" description="Check the body against the method's request model (400 Invalid request body)." checked={form.validateRequestBody} onCheckedChange={(validateRequestBody) => setForm({ ...form, validateRequestBody })} />
            <CheckboxField label="Validate parameters" description="Check that required query strings, headers and path parameters are present." checked={form.validateRequestParameters} onCheckedChange={(validateRequestParameters) => setForm({ ...form, validateRequestParameters })} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" pending={mutation.isPending}>
              {validator ? "Save" : "Create validator"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
