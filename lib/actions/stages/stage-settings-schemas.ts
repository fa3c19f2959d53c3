import { z } from "zod";
import { accessLogFormatProblem } from "@/lib/domain/access-log-format";
import { loggingLevels } from "@/lib/domain/stage-logging";
import { accessLogDestinationProblem } from "@/lib/domain/stage-arns";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";
import { stageNameSchema } from "./stage-schemas";

const stageTarget = { envId: environmentIdSchema, restApiId: restApiIdSchema, stageName: stageNameSchema };

/** Rejects a value with the message a domain check gives, beside the field. */
const checkedBy = (problem: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = problem(value);
  if (message) ctx.addIssue({ code: "custom", message });
};

// As the page loaded it: values set elsewhere (CLI, Terraform) may be anything AWS accepted, so only sizes are checked.
const loadedGeneralSettings = z.object({
  description: z.string().max(4096),
  tracingEnabled: z.boolean(),
  clientCertificateId: z.string().max(128),
  documentationVersion: z.string().max(256),
});

const generalSettings = z.object({
  description: z.string().trim().max(1024, "Keep the description to 1,024 characters."),
  tracingEnabled: z.boolean(),
  clientCertificateId: z.string().regex(/^[A-Za-z0-9]{0,64}$/, "Choose a client certificate from the list."),
  documentationVersion: z.string().regex(/^[^\s/]{0,64}$/, "Choose a documentation version from the list."),
});

export const updateStageSettingsSchema = z.object({ ...stageTarget, expected: loadedGeneralSettings, next: generalSettings });

const loggingValues = z.object({ loggingLevel: z.enum(loggingLevels), dataTraceEnabled: z.boolean(), metricsEnabled: z.boolean() });
const methodVerb = z.string().regex(/^(GET|PUT|POST|DELETE|OPTIONS|HEAD|PATCH|ANY)$/, "That is not an HTTP method.");
const override = z.object({ resourcePath: z.string().regex(/^\/[^\s]*$/, "That is not a resource path.").max(1024), httpMethod: methodVerb, values: loggingValues });

const loadedLoggingForm = z.object({
  defaults: loggingValues,
  overrides: z.array(override).max(1000),
  accessLog: z.object({ destinationArn: z.string().max(2048), format: z.string().max(10_000) }).nullable(),
});

const loggingForm = z.object({
  defaults: loggingValues,
  overrides: z.array(override).max(1000),
  accessLog: z
    .object({
      destinationArn: z.string().trim().max(2048).superRefine(checkedBy(accessLogDestinationProblem)),
      format: z.string().max(10_000, "Keep the format under 10,000 characters.").superRefine(checkedBy(accessLogFormatProblem)),
    })
    .nullable(),
});

export const updateStageLoggingSchema = z.object({ ...stageTarget, expected: loadedLoggingForm, next: loggingForm });
