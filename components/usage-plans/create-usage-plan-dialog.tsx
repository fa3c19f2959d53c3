"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { toast } from "@/components/ui/toaster";
import { useCreateUsagePlanMutation } from "@/lib/data/usage-plans/create-usage-plan-mutation";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { UsagePlanLimitsFields } from "./usage-plan-limits-fields";
import { emptyLimitsForm, parseLimitsForm, type LimitsForm } from "./usage-plan-limits-form";

/** Creates a plan with its limits, then opens it to add API stages and keys. */
export function CreateUsagePlanDialog({ envId }: { envId: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [limits, setLimits] = useState<LimitsForm>(emptyLimitsForm);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const mutation = useCreateUsagePlanMutation((plan) => {
    toast.success(`Usage plan ${plan.name} created`);
    setOpen(false);
    router.push(`/env/${envId}/usage-plans/${plan.id}?tab=stages`);
  });
  const errors = { ...mutation.error?.fieldErrors, ...localErrors };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseLimitsForm(limits);
    setLocalErrors(parsed.errors);
    if (Object.keys(parsed.errors).length > 0) return;
    mutation.mutate({ envId, name, description: description || null, throttle: parsed.throttle, quota: parsed.quota });
  };
  const formError = mutation.error && Object.keys(mutation.error.fieldErrors).length === 0 ? mutation.error.message : null;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="primary">
          <Plus aria-hidden />
          Create usage plan
        </Button>
      </DialogTrigger>
      <DialogContent title="Create usage plan" description="Limits apply to each API key in the plan, on the API stages you add next.">
        <form noValidate onSubmit={submit}>
          <DialogBody>
            <FormAlert message={formError} />
            <Field label="Name" errors={errors.name}>
              {(control) => <Input {...control} value={name} onChange={(event) => setName(event.target.value)} autoFocus />}
            </Field>
            <Field label="Description" optional errors={errors.description}>
              {(control) => <Input {...control} value={description} onChange={(event) => setDescription(event.target.value)} />}
            </Field>
            <UsagePlanLimitsFields form={limits} onChange={setLimits} errors={errors} />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={mutation.isPending}>
              Create usage plan
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
