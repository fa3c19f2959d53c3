import { z } from "zod";
import { certificateArnProblem, domainNameProblem } from "@/lib/domain/domain-name";
import { environmentIdSchema } from "@/lib/environments/environment-schema";

/** The policies the console offers; a domain set elsewhere to a newer enhanced policy is shown as it is. */
export const editableSecurityPolicies = ["TLS_1_2", "TLS_1_0"] as const;

export const domainNameSchema = z
  .string({ error: "Enter a domain name such as api.example.com." })
  .trim()
  .toLowerCase()
  .superRefine((value, ctx) => {
    const problem = domainNameProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const createDomainNameSchema = z
  .object({
    envId: environmentIdSchema,
    domainName: domainNameSchema,
    endpointType: z.enum(["REGIONAL", "EDGE"], { error: "Choose Regional or Edge-optimized." }),
    certificateArn: z.string({ error: "Enter the ACM certificate ARN." }).trim(),
    securityPolicy: z.enum(editableSecurityPolicies, { error: "Choose TLS 1.2 or TLS 1.0." }),
  })
  .superRefine((value, ctx) => {
    // The environment's Region is known only in the handler, which checks a regional certificate's Region there.
    const problem = certificateArnProblem(value.certificateArn, value.endpointType, null);
    if (problem) ctx.addIssue({ code: "custom", path: ["certificateArn"], message: problem });
  });

export const updateDomainSecurityPolicySchema = z.object({
  envId: environmentIdSchema,
  domainName: domainNameSchema,
  securityPolicy: z.enum(editableSecurityPolicies, { error: "Choose TLS 1.2 or TLS 1.0." }),
});

export const deleteDomainNameSchema = z.object({
  envId: environmentIdSchema,
  domainName: domainNameSchema,
  confirmName: z.string({ error: "Type the domain name to confirm." }),
});
