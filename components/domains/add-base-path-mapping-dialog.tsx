"use client";

import { useState } from "react";
import { Plus } from "lucide-react";
import { mappingTargetLabel } from "@/lib/domain/domain-name";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { useCreateBasePathMappingMutation } from "@/lib/data/base-path-mappings/create-base-path-mapping-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { ApiStageFields, type ApiStageTarget } from "./api-stage-fields";

const emptyForm = { basePath: "", restApiId: "", stage: "" };

/** "Add mapping": a base path on this domain to an API stage. */
export function AddBasePathMappingDialog({ envId, domainName, apis }: { envId: string; domainName: string; apis: readonly RestApiSummary[] }) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(emptyForm);
  const create = useCreateBasePathMappingMutation((mapping) => {
    toast.success(`Mapped ${mapping.basePath} to ${mappingTargetLabel(mapping, apis)}`);
    setForm(emptyForm);
    setOpen(false);
  });
  const failure = create.error ? { code: create.error.code, message: create.error.message, fieldErrors: create.error.fieldErrors } : null;
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) create.reset();
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="primary">
          <Plus aria-hidden />
          Add mapping
        </Button>
      </DialogTrigger>
      <DialogContent title="Add base path mapping" description={`Requests to ${domainName}/{base path}/… reach the stage you choose.`}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ envId, domainName, ...form });
          }}
        >
          <DialogBody>
            <FormAlert message={formErrorOf(failure)} />
            <Field label="Base path" optional errors={failure?.fieldErrors.basePath} hint="One segment such as v1, without a slash. Leave empty to map the domain's root.">
              {(control) => (
                <Input {...control} value={form.basePath} onChange={(event) => setForm({ ...form, basePath: event.target.value })} autoComplete="off" spellCheck={false} autoFocus placeholder="v1" />
              )}
            </Field>
            <ApiStageFields envId={envId} apis={apis} value={form} onChange={(target: ApiStageTarget) => setForm({ ...form, ...target })} fieldErrors={failure?.fieldErrors ?? {}} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={create.isPending}>
              Add mapping
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
