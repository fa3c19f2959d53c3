"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { httpMethods } from "@/lib/domain/method-definition";
import { usePutMethodMutation } from "@/lib/data/methods/put-method-mutation";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";

type AddMethodDialogProps = { envId: string; restApiId: string; resourceId: string; resourcePath: string; existingMethods: string[] };
type Kind = "MOCK" | "HTTP_PROXY" | "LAMBDA_PROXY";

const kinds = [
  { value: "MOCK", label: "Mock", description: "Answers 200 with no backend; edit the response template later" },
  { value: "HTTP_PROXY", label: "HTTP proxy", description: "Passes requests to an HTTP backend" },
  { value: "LAMBDA_PROXY", label: "Lambda proxy", description: "Invokes a Lambda function with the whole request" },
];

/** Adds a method (any verb or ANY) with a sensible default integration, then opens its editor. */
export function AddMethodDialog({ envId, restApiId, resourceId, resourcePath, existingMethods }: AddMethodDialogProps) {
  const router = useRouter();
  const free = httpMethods.filter((verb) => !existingMethods.includes(verb));
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<{ httpMethod: string; kind: Kind; uri: string }>({ httpMethod: free[0] ?? "GET", kind: "MOCK", uri: "" });
  const add = usePutMethodMutation({
    onSuccess(result) {
      if (result.incomplete) toast.warning(result.incomplete);
      else toast.success(`Added ${result.httpMethod} ${resourcePath}`);
      setOpen(false);
      const href = `/env/${envId}/apis/${restApiId}/resources/${resourceId}/methods/${result.httpMethod}`;
      // The URL may be the one already shown (a link to a method that did not exist yet): then read it again.
      if (window.location.pathname === href) router.refresh();
      else router.push(href);
    },
  });
  const errors = add.error?.fieldErrors ?? {};
  const formError = add.error && Object.keys(errors).length === 0 ? add.error.message : null;
  if (free.length === 0) return null;
  return (
    <Dialog open={open} onOpenChange={(next) => {
      setOpen(next);
      if (next) setForm((current) => ({ ...current, httpMethod: free.includes(current.httpMethod as (typeof free)[number]) ? current.httpMethod : free[0]! }));
      else add.reset();
    }}>
      <Button onClick={() => setOpen(true)}>
        <Plus aria-hidden /> Add method
      </Button>
      <DialogContent title="Add method" description={<>On <span className="font-mono">{resourcePath}</span></>} size="sm">
        <form noValidate onSubmit={(event) => {
          event.preventDefault();
          const integration = form.kind === "MOCK" ? { kind: "MOCK" as const } : { kind: form.kind, uri: form.uri };
          add.mutate({ envId, restApiId, resourceId, httpMethod: form.httpMethod, integration });
        }}>
          <DialogBody>
            <FormAlert message={formError} />
            <Field label="HTTP method" errors={errors.httpMethod} hint="ANY answers every verb not defined separately.">
              {(control) => <Select {...control} value={form.httpMethod} options={free.map((verb) => ({ value: verb, label: verb }))} onValueChange={(httpMethod) => setForm({ ...form, httpMethod })} />}
            </Field>
            <Field label="Integration" errors={errors["integration.kind"]}>
              {(control) => <Select {...control} value={form.kind} options={kinds} onValueChange={(kind) => setForm({ ...form, kind: kind as Kind })} />}
            </Field>
            {form.kind === "MOCK" ? null : (
              <Field label={form.kind === "HTTP_PROXY" ? "Backend URL" : "Lambda function ARN"} errors={errors["integration.uri"]} hint={form.kind === "HTTP_PROXY" ? "e.g. https://${stageVariables.backendHost}/pets" : "e.g. arn:aws:lambda:us-east-1:123456789012:function:pets"}>
                {(control) => <Input {...control} value={form.uri} className="font-mono" spellCheck={false} onChange={(event) => setForm({ ...form, uri: event.target.value })} />}
              </Field>
            )}
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={add.isPending}>Add {form.httpMethod}</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
