"use client";

import { useState } from "react";
import { authorizerTypes, functionArnOf, type AuthorizerSummary, type AuthorizerType } from "@/lib/domain/authorizer";
import { useCreateAuthorizerMutation } from "@/lib/data/authorizers/create-authorizer-mutation";
import { useUpdateAuthorizerMutation } from "@/lib/data/authorizers/update-authorizer-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toaster";

const typeOptions = authorizerTypes.map((value) => ({
  value,
  label: value === "COGNITO_USER_POOLS" ? "Cognito user pools" : `Lambda (${value})`,
  description: value === "TOKEN" ? "Reads a bearer token from one header." : value === "REQUEST" ? "Reads headers, query strings, stage variables and context." : "Validates a user pool's JWT.",
}));
const splitLines = (text: string) => text.split(/[\n,]+/).map((item) => item.trim()).filter(Boolean);
const fieldMessages = (errors: Record<string, string[]>, name: string) => {
  const messages = Object.entries(errors).filter(([key]) => key === name || key.startsWith(`${name}.`)).flatMap(([, value]) => value);
  return messages.length ? messages : undefined;
};

const blankForm = { name: "", type: "TOKEN" as AuthorizerType, functionArn: "", providerArns: "", identitySources: "method.request.header.Authorization", identityValidationExpression: "", ttl: "300" };

function formOf(authorizer: AuthorizerSummary): typeof blankForm {
  return {
    name: authorizer.name,
    type: authorizer.type,
    functionArn: functionArnOf(authorizer.authorizerUri) ?? authorizer.authorizerUri ?? "",
    providerArns: authorizer.providerArns.join("\n"),
    identitySources: authorizer.identitySources.join("\n"),
    identityValidationExpression: authorizer.identityValidationExpression ?? "",
    ttl: String(authorizer.resultTtlSeconds),
  };
}

type AuthorizerFormDialogProps = { envId: string; restApiId: string; onClose: () => void; /** Edits this authorizer; without it the dialog creates one. */ existing?: AuthorizerSummary };

/** Creates an authorizer, or edits one (its type stays: AWS cannot change it). */
export function AuthorizerFormDialog({ envId, restApiId, onClose, existing }: AuthorizerFormDialogProps) {
  const [form, setForm] = useState(existing ? formOf(existing) : blankForm);
  const create = useCreateAuthorizerMutation(() => (toast.success(`Created authorizer ${form.name}`), onClose()));
  const update = useUpdateAuthorizerMutation(() => (toast.success(`Saved authorizer ${form.name}`), onClose()));
  const mutation = existing ? update : create;
  const failure = mutation.error;
  const errors = failure?.fieldErrors ?? {};
  const lambda = form.type !== "COGNITO_USER_POOLS";
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={existing ? `Edit authorizer ${existing.name}` : "Create authorizer"} description="Decides who may call the methods that use it." className="max-w-xl">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const input = {
              envId,
              restApiId,
              name: form.name,
              type: form.type,
              functionArn: form.functionArn,
              providerArns: lambda ? [] : splitLines(form.providerArns),
              identitySources: splitLines(form.identitySources),
              identityValidationExpression: form.identityValidationExpression,
              resultTtlSeconds: form.ttl.trim() === "" ? 0 : Number(form.ttl),
            };
            if (existing) update.mutate({ ...input, authorizerId: existing.id });
            else create.mutate(input);
          }}
        >
          <DialogBody>
            <FormAlert message={failure ? formErrorOf({ code: failure.code, message: failure.message, fieldErrors: errors }) : null} />
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Name" errors={errors.name}>
                {(control) => <Input {...control} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} autoComplete="off" />}
              </Field>
              <Field label="Type" errors={errors.type}>
                {(control) => <Select {...control} value={form.type} disabled={Boolean(existing)} onValueChange={(type) => setForm({ ...form, type: type as AuthorizerType })} options={typeOptions} />}
              </Field>
            </div>
            {lambda ? (
              <Field label="Lambda function" errors={errors.functionArn} hint="Function ARN, e.g. arn:aws:lambda:us-east-1:123456789012:function:auth">
                {(control) => <Input {...control} className="font-mono" value={form.functionArn} onChange={(event) => setForm({ ...form, functionArn: event.target.value })} />}
              </Field>
            ) : (
              <Field label="User pool ARNs" errors={fieldMessages(errors, "providerArns")} hint="One per line.">
                {(control) => <Textarea {...control} className="font-mono" value={form.providerArns} onChange={(event) => setForm({ ...form, providerArns: event.target.value })} />}
              </Field>
            )}
            <Field label={form.type === "REQUEST" ? "Identity sources" : "Token source"} errors={fieldMessages(errors, "identitySources")} hint={form.type === "REQUEST" ? "One per line: method.request.header.X, method.request.querystring.x, stageVariables.x, context.x" : "The header that carries the token."}>
              {(control) => <Textarea {...control} rows={form.type === "REQUEST" ? 3 : 1} className="font-mono" value={form.identitySources} onChange={(event) => setForm({ ...form, identitySources: event.target.value })} />}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              {form.type !== "REQUEST" ? (
                <Field label="Token validation (regex)" optional errors={errors.identityValidationExpression} hint="Tokens that do not match get 401 without calling the authorizer.">
                  {(control) => <Input {...control} className="font-mono" value={form.identityValidationExpression} onChange={(event) => setForm({ ...form, identityValidationExpression: event.target.value })} />}
                </Field>
              ) : null}
              <Field label="Result cache TTL (seconds)" errors={errors.resultTtlSeconds} hint="0 to 3600; 0 turns caching off.">
                {(control) => <Input {...control} inputMode="numeric" className="w-32" value={form.ttl} onChange={(event) => setForm({ ...form, ttl: event.target.value })} />}
              </Field>
            </div>
          </DialogBody>
          <DialogFooter>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" pending={mutation.isPending}>
              {existing ? "Save authorizer" : "Create authorizer"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
