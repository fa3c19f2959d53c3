"use client";

import type { z } from "zod";
import { updateDomainSecurityPolicyAction } from "@/lib/actions/domain-names/update-domain-security-policy";
import type { updateDomainSecurityPolicySchema } from "@/lib/actions/domain-names/domain-name-schemas";
import type { DomainNameSummary } from "@/lib/domain/domain-name";
import { useActionMutation } from "../action-mutation";
import { domainNameKeys } from "./keys";

/** Changes a domain's TLS security policy; the domain reads are refreshed when it settles. */
export function useUpdateDomainSecurityPolicyMutation(onSuccess?: (data: DomainNameSummary) => void) {
  return useActionMutation(updateDomainSecurityPolicyAction as (input: z.input<typeof updateDomainSecurityPolicySchema>) => ReturnType<typeof updateDomainSecurityPolicyAction>, (input) => domainNameKeys.all(input.envId), onSuccess);
}
