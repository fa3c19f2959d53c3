"use client";

import { useState } from "react";
import { useUpdateDomainSecurityPolicyMutation } from "@/lib/data/domain-names/update-domain-security-policy-mutation";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { securityPolicyWarning } from "@/lib/domain/domain-name";
import { TriangleAlert } from "lucide-react";
import { securityPolicyOptions } from "./security-policy";

type Choice = (typeof securityPolicyOptions)[number]["value"];

/** The security policy as an editable choice; a policy set elsewhere that the console does not offer stays as is until changed. */
export function SecurityPolicyForm({ envId, domainName, policy }: { envId: string; domainName: string; policy: string }) {
  const [choice, setChoice] = useState(policy);
  const update = useUpdateDomainSecurityPolicyMutation((domain) => toast.success(`${domain.domainName} now uses ${domain.securityPolicy}`));
  const options = securityPolicyOptions.some((option) => option.value === policy) ? securityPolicyOptions : [...securityPolicyOptions, { value: policy, label: policy, description: "Set outside the console." }];
  const error = update.error ? (update.error.fieldErrors.securityPolicy?.join(" ") ?? update.error.message) : null;
  return (
    <form
      className="flex flex-col gap-1.5"
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ envId, domainName, securityPolicy: choice as Choice });
      }}
    >
      <div className="flex items-center gap-2">
        <Select aria-label="Security policy" value={choice} onValueChange={setChoice} options={options} className="w-60" aria-invalid={error ? true : undefined} />
        <Button type="submit" size="md" disabled={choice === policy} pending={update.isPending}>
          Save policy
        </Button>
      </div>
      {securityPolicyWarning(policy) ? (
        <p className="flex items-start gap-1.5 text-xs text-warning">
          <TriangleAlert className="mt-px size-3.5 shrink-0" aria-hidden />
          {securityPolicyWarning(policy)}
        </p>
      ) : null}
      {error ? (
        <p className="text-xs font-medium text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
