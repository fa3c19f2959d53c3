"use client";

import { useState } from "react";
import { KeyRound } from "lucide-react";
import type { CreateApiKeyResult } from "@/lib/actions/api-keys/create-api-key";
import { apiKeyValueLength } from "@/lib/domain/api-key";
import { useCreateApiKeyMutation } from "@/lib/data/usage-plans/create-api-key-mutation";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { ApiKeyValueOnce } from "./api-key-value-once";

type CreateApiKeyDialogProps = { envId: string; /** Attach the new key to this plan as well. */ usagePlan?: { id: string; name: string } };

const emptyForm = { name: "", description: "", enabled: true, value: "" };

/** Creates a key (AWS generates the value unless one is given), then shows the value once. */
export function CreateApiKeyDialog({ envId, usagePlan }: CreateApiKeyDialogProps) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(emptyForm);
  const [created, setCreated] = useState<CreateApiKeyResult | null>(null);
  const mutation = useCreateApiKeyMutation(setCreated);
  const errors = mutation.error?.fieldErrors ?? {};
  const formError = mutation.error && Object.keys(errors).length === 0 ? mutation.error.message : null;
  // Closing forgets the value: it lives in this dialog's state only.
  const close = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setCreated(null);
      setForm(emptyForm);
      mutation.reset();
    }
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    mutation.mutate({ envId, name: form.name, description: form.description || null, enabled: form.enabled, value: form.value || null, usagePlanId: usagePlan?.id ?? null });
  };
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button variant={usagePlan ? "secondary" : "primary"}>
          <KeyRound aria-hidden />
          Create API key
        </Button>
      </DialogTrigger>
      <DialogContent title={created ? `API key ${created.key.name} created` : "Create API key"} description={usagePlan && !created ? `The key joins ${usagePlan.name}.` : undefined}>
        {created ? (
          <>
            <DialogBody>
              <ApiKeyValueOnce name={created.key.name} value={created.value} attachError={created.attachError} />
            </DialogBody>
            <DialogFooter>
              <Button variant="primary" onClick={() => close(false)}>
                Done
              </Button>
            </DialogFooter>
          </>
        ) : (
          <form noValidate onSubmit={submit}>
            <DialogBody>
              <FormAlert message={formError} />
              <Field label="Name" errors={errors.name}>
                {(control) => <Input {...control} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} autoFocus />}
              </Field>
              <Field label="Description" optional errors={errors.description}>
                {(control) => <Input {...control} value={form.description} onChange={(event) => setForm({ ...form, description: event.target.value })} />}
              </Field>
              <Field label="Value" optional errors={errors.value} hint={`Leave empty and AWS generates one. Your own needs ${apiKeyValueLength.min} to ${apiKeyValueLength.max} characters.`}>
                {(control) => <Input {...control} value={form.value} onChange={(event) => setForm({ ...form, value: event.target.value })} autoComplete="off" spellCheck={false} className="font-mono" />}
              </Field>
              <CheckboxField label="Enabled" description="A disabled key is refused with 403 Forbidden." checked={form.enabled} onCheckedChange={(enabled) => setForm({ ...form, enabled })} />
            </DialogBody>
            <DialogFooter>
              <Button onClick={() => close(false)}>Cancel</Button>
              <Button type="submit" variant="primary" pending={mutation.isPending}>
                Create API key
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
