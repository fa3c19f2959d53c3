"use server";

import { revalidatePath } from "next/cache";
import { updateDomainSecurityPolicy } from "@/lib/aws/domain-names";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { refusalBesideField } from "./aws-refusal-field";
import { updateDomainSecurityPolicySchema } from "./domain-name-schemas";

// Admin, like create and delete: the policy decides which TLS versions every client of every mapped API may use.
export const updateDomainSecurityPolicyAction = defineAction({
  name: "domain-name.update-security-policy",
  input: updateDomainSecurityPolicySchema,
  access: "admin",
  audit: { envId: (input) => input.envId, target: (input) => input.domainName },
  async handler({ envId, domainName, securityPolicy }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await updateDomainSecurityPolicy(environment, domainName, securityPolicy);
      Object.assign(ctx.audit, { requestId, detail: `security policy ${value.securityPolicy}` });
      revalidatePath(`/env/${envId}/domains`, "layout");
      return value;
    } catch (error) {
      throw refusalBesideField(error, [], "securityPolicy");
    }
  },
});
