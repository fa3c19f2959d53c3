import { z } from "zod";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";
import { stageNameSchema, stageVariableNameSchema, stageVariableValueSchema } from "../stages/stage-schemas";

const stageTarget = { envId: environmentIdSchema, restApiId: restApiIdSchema, stageName: stageNameSchema, confirmStageName: z.string().trim().max(128).optional() };

export const createCanarySchema = z.object({
  ...stageTarget,
  description: z.string().trim().max(1024, "Use at most 1024 characters.").default(""),
  percentTraffic: z.coerce.number({ error: "Enter a percentage." }).min(0, "Use 0 to 100.").max(100, "Use 0 to 100."),
  useStageCache: z.boolean().default(false),
  stageVariableOverrides: z.array(z.object({ name: stageVariableNameSchema, value: stageVariableValueSchema })).max(100).default([]),
});

export const canaryTargetSchema = z.object(stageTarget);
