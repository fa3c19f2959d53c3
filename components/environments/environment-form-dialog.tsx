"use client";

import { useState } from "react";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import type { CredentialsSource } from "@/lib/environments/environment-schema";
import { createEnvironmentAction } from "@/lib/actions/environments/create-environment";
import { updateEnvironmentAction } from "@/lib/actions/environments/update-environment";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Dialog, DialogBody, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";

const credentialOptions = [
  { value: "default", label: "Default credential chain", description: "Environment variables, SSO, instance role: what the AWS CLI would use." },
  { value: "profile", label: "Named profile", description: "A profile from ~/.aws/config on the console's server." },
  { value: "role", label: "Assume a role", description: "Assumes an IAM role with the default credentials." },
];

type FormValues = { name: string; region: string; credentialsSource: CredentialsSource; profile: string; roleArn: string; endpointUrl: string; protected: boolean };

function initialValues(environment: EnvironmentSummary | undefined): FormValues {
  const source = environment?.credentialsSource;
  return {
    name: environment?.name ?? "",
    region: environment?.region ?? "us-east-1",
    credentialsSource: source === "profile" || source === "role" ? source : "default",
    profile: environment?.profile ?? "",
    roleArn: environment?.roleArn ?? "",
    endpointUrl: environment?.endpointUrl ?? "",
    protected: environment?.protected ?? false,
  };
}

type EnvironmentFormDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; environment?: EnvironmentSummary };

/** Adds an AWS environment, or edits one when `environment` is given. */
export function EnvironmentFormDialog({ open, onOpenChange, environment }: EnvironmentFormDialogProps) {
  const [values, setValues] = useState(() => initialValues(environment));
  const save = (input: FormValues) => (environment ? updateEnvironmentAction({ id: environment.id, ...input }) : createEnvironmentAction(input));
  const { submit, pending, fieldErrors, formError, clearFailure } = useActionSubmit(save, (saved: EnvironmentSummary) => {
    toast.success(environment ? `Saved environment “${saved.name}”` : `Added environment “${saved.name}”`, { description: `${saved.region}; use Test connection to check its credentials.` });
    onOpenChange(false);
  });
  const text = (key: "name" | "region" | "profile" | "roleArn" | "endpointUrl") => ({
    value: values[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [key]: event.target.value }),
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) clearFailure();
        onOpenChange(next);
      }}
    >
      <DialogContent title={environment ? `Edit ${environment.name}` : "Add AWS environment"} description="Credentials are never stored: Archway records only where to find them.">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit(values);
          }}
        >
          <DialogBody>
            <FormAlert message={formError} />
            <Field label="Name" errors={fieldErrors.name}>
              {(control) => <Input {...control} {...text("name")} autoComplete="off" placeholder="Production" autoFocus />}
            </Field>
            <Field label="Region" errors={fieldErrors.region}>
              {(control) => <Input {...control} {...text("region")} autoComplete="off" className="font-mono" />}
            </Field>
            <Field label="Credentials" errors={fieldErrors.credentialsSource}>
              {(control) => (
                <Select {...control} value={values.credentialsSource} onValueChange={(value) => setValues({ ...values, credentialsSource: value as CredentialsSource })} options={credentialOptions} />
              )}
            </Field>
            {values.credentialsSource === "profile" ? (
              <Field label="Profile name" errors={fieldErrors.profile}>
                {(control) => <Input {...control} {...text("profile")} autoComplete="off" className="font-mono" />}
              </Field>
            ) : null}
            {values.credentialsSource === "role" ? (
              <Field label="Role ARN" errors={fieldErrors.roleArn}>
                {(control) => <Input {...control} {...text("roleArn")} autoComplete="off" className="font-mono" placeholder="arn:aws:iam::123456789012:role/ArchwayConsole" />}
              </Field>
            ) : null}
            <Field label="Endpoint URL" optional errors={fieldErrors.endpointUrl} hint="Leave empty for AWS itself. Set it for an emulator, e.g. http://localhost:4566.">
              {(control) => <Input {...control} {...text("endpointUrl")} autoComplete="off" className="font-mono" />}
            </Field>
            <CheckboxField
              label="Protected"
              description="Deploying to its stages needs the deployer role and a typed confirmation."
              checked={values.protected}
              onCheckedChange={(checked) => setValues({ ...values, protected: checked })}
            />
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={pending}>
              {environment ? "Save changes" : "Add environment"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
