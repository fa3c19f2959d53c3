"use server";

import { revalidatePath } from "next/cache";
import { createDomainName } from "@/lib/aws/domain-names";
import { certificateArnProblem } from "@/lib/domain/domain-name";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { refusalBesideField } from "./aws-refusal-field";
import { createDomainNameSchema } from "./domain-name-schemas";

const createRefusalFields = [
  [/certificate/i, "certificateArn"],
  [/security policy/i, "securityPolicy"],
  [/endpoint type/i, "endpointType"],
] as const;

// Admin, not editor: a domain name is account-wide (a certificate, DNS, every API mapped under it), like an environment.
export const createDomainNameAction = defineAction({
  name: "domain-name.create",
  input: createDomainNameSchema,
  access: "admin",
  audit: { envId: (input) => input.envId, target: (input) => input.domainName },
  async handler(input, ctx) {
    const environment = await requireEnvironment(input.envId, ctx.db);
    const regionProblem = certificateArnProblem(input.certificateArn, input.endpointType, environment.region);
    if (regionProblem) throw new ConsoleError("validation", regionProblem, { fieldErrors: { certificateArn: [regionProblem] } });
    const { envId, ...domain } = input;
    try {
      const { value, requestId } = await createDomainName(environment, domain);
      Object.assign(ctx.audit, { requestId, detail: `${value.endpointType}, ${value.securityPolicy}` });
      revalidatePath(`/env/${envId}/domains`);
      return value;
    } catch (error) {
      throw refusalBesideField(error, createRefusalFields, "domainName");
    }
  },
});
