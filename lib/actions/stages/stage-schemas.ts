import { z } from "zod";
import { stageNamePattern } from "@/lib/domain/stage";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";

export const stageNameSchema = z
  .string({ error: "Enter a stage name." })
  .trim()
  .min(1, "Enter a stage name.")
  .regex(stageNamePattern, "Use letters, digits, hyphens and underscores only (at most 128).");

export const deploymentIdSchema = z.string({ error: "Choose a deployment." }).regex(/^[A-Za-z0-9]{1,64}$/, "That is not a deployment id.");

const stageTarget = { envId: environmentIdSchema, restApiId: restApiIdSchema, stageName: stageNameSchema };
/** What a person types to confirm a change to a protected stage; checked against the stage's name. */
const confirmation = z.string().trim().max(128).optional();

export const pointStageSchema = z.object({ ...stageTarget, deploymentId: deploymentIdSchema, confirmStageName: confirmation });

export const promoteStageSchema = z.object({ ...stageTarget, fromStageName: stageNameSchema, confirmStageName: confirmation });

// AWS: names [A-Za-z0-9_]+ (at most 64), values [A-Za-z0-9-._~:/?#&=,]+ (at most 512), at most 100 per stage.
export const stageVariableNameSchema = z.string().regex(/^[A-Za-z0-9_]{1,64}$/, "Use letters, digits and underscores (at most 64).");
export const stageVariableValueSchema = z.string().regex(/^[A-Za-z0-9\-._~:/?#&=,]{1,512}$/, "Use letters, digits and - . _ ~ : / ? # & = , (1 to 512 characters).");

export const updateStageVariablesSchema = z.object({
  ...stageTarget,
  variables: z.array(z.object({ name: stageVariableNameSchema, value: stageVariableValueSchema })).max(100, "A stage has at most 100 variables."),
});

export const updateStageProtectionSchema = z.object({ ...stageTarget, protected: z.boolean() });

export const extractHostVariableSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  path: z.string().regex(/^\/[^\s]*$/, "That is not a resource path."),
  httpMethod: z.enum(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "ANY"]),
  variableName: stageVariableNameSchema,
  /** The integration URI with the host replaced by ${stageVariables.<variableName>}. */
  uri: z.string().regex(/^https?:\/\/\$\{stageVariables\.[A-Za-z0-9_]+\}/, "The URI must start with the stage variable as its host.").max(2048),
  /** Each stage and the host it uses today: the variable gets that value on that stage. */
  hosts: z.array(z.object({ stageName: stageNameSchema, host: stageVariableValueSchema })).min(1).max(10),
});
