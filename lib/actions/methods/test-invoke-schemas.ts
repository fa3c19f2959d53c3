import { z } from "zod";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";
import { environmentIdSchema } from "@/lib/environments/environment-schema";

/** AWS's payload quota for a request (10 MB). */
export const maxInvokeBodyBytes = 10 * 1024 * 1024;
export const invokeVerbs = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

const nameValues = (what: string) =>
  z.record(
    z.string().trim().min(1, `A ${what} needs a name.`).max(256, `A ${what} name has at most 256 characters.`).regex(/^[^\s:]+$/, `A ${what} name has no spaces or colons.`),
    z.string().max(10_240, `A ${what} value has at most 10,240 characters.`).regex(/^[^\r\n]*$/, `A ${what} value is one line.`),
  );
const pathSchema = z
  .string()
  .min(1, "Enter a path.")
  .max(8192, "The URL may have at most 8,192 characters.")
  .regex(/^\//, "The path starts with /.");
const bodySchema = z
  .string()
  .refine((body) => new TextEncoder().encode(body).length <= maxInvokeBodyBytes, "The body is larger than 10 MB, API Gateway's payload limit.")
  .optional();

export const testInvokeMethodSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  resourceId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, "That is not a resource id."),
  httpMethod: z.enum([...invokeVerbs, "ANY"]),
  path: pathSchema,
  headers: nameValues("header"),
  body: bodySchema,
  stageVariables: nameValues("stage variable"),
});

export const invokeDeployedMethodSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  stageName: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "Choose a deployed stage."),
  httpMethod: z.enum(invokeVerbs),
  path: pathSchema,
  headers: nameValues("header"),
  body: bodySchema,
});
