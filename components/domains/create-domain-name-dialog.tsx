"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Plus } from "lucide-react";
import { useCreateDomainNameMutation } from "@/lib/data/domain-names/create-domain-name-mutation";
import { formErrorOf } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { Dialog, DialogBody, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { domainPath } from "./domain-names-table";
import { securityPolicyOptions } from "./security-policy";

type EndpointChoice = "REGIONAL" | "EDGE";
type SecurityPolicyChoice = "TLS_1_2" | "TLS_1_0";

const endpointOptions = [
  { value: "REGIONAL", label: "Regional", description: "Served from this environment's Region; point DNS at a regional host name." },
  { value: "EDGE", label: "Edge-optimized", description: "Served through CloudFront; the certificate must be in us-east-1." },
] as const;

const emptyForm = { domainName: "", endpointType: "REGIONAL" as EndpointChoice, certificateArn: "", securityPolicy: "TLS_1_2" as SecurityPolicyChoice };

/** "Create domain name" and its form; a refusal (AWS's included) is shown beside the field it is about. */
export function CreateDomainNameDialog({ envId, region }: { envId: string; region: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(emptyForm);
  const create = useCreateDomainNameMutation((domain) => {
    toast.success(`Created ${domain.domainName}`, { description: "Next, map a base path to an API stage." });
    setForm(emptyForm);
    setOpen(false);
    router.push(domainPath(envId, domain.domainName));
  });
  const failure = create.error ? { code: create.error.code, message: create.error.message, fieldErrors: create.error.fieldErrors } : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const certificateHint =
    form.endpointType === "EDGE"
      ? "An ACM certificate in us-east-1 (N. Virginia): CloudFront only reads certificates there."
      : `An ACM certificate in ${region}, this environment's Region.`;

  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) create.reset();
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="primary">
          <Plus aria-hidden />
          Create domain name
        </Button>
      </DialogTrigger>
      <DialogContent title="Create custom domain name" description="A host name of your own in front of API stages, mapped by base path.">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ envId, ...form });
          }}
        >
          <DialogBody>
            <FormAlert message={formErrorOf(failure)} />
            <Field label="Domain name" errors={fieldErrors.domainName} hint="The host name clients will call, e.g. api.example.com.">
              {(control) => (
                <Input {...control} value={form.domainName} onChange={(event) => setForm({ ...form, domainName: event.target.value })} autoComplete="off" spellCheck={false} autoFocus placeholder="api.example.com" />
              )}
            </Field>
            <Field label="Endpoint type" errors={fieldErrors.endpointType}>
              {(control) => (
                <Select {...control} value={form.endpointType} onValueChange={(value) => setForm({ ...form, endpointType: value as EndpointChoice })} options={endpointOptions} />
              )}
            </Field>
            <Field label="ACM certificate ARN" errors={fieldErrors.certificateArn} hint={certificateHint}>
              {(control) => (
                <Input
                  {...control}
                  value={form.certificateArn}
                  onChange={(event) => setForm({ ...form, certificateArn: event.target.value })}
                  autoComplete="off"
                  spellCheck={false}
                  className="font-mono text-xs"
                  placeholder={`arn:aws:acm:${form.endpointType === "EDGE" ? "us-east-1" : region}:123456789012:certificate/…`}
                />
              )}
            </Field>
            <Field label="Security policy" errors={fieldErrors.securityPolicy}>
              {(control) => (
                <Select {...control} value={form.securityPolicy} onValueChange={(value) => setForm({ ...form, securityPolicy: value as SecurityPolicyChoice })} options={securityPolicyOptions} />
              )}
            </Field>
          </DialogBody>
          <DialogFooter>
            <Button onClick={() => onOpenChange(false)}>Cancel</Button>
            <Button type="submit" variant="primary" pending={create.isPending}>
              Create domain name
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
