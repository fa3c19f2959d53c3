import { z } from "zod";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";
import { deploymentIdSchema, stageNameSchema } from "../stages/stage-schemas";

export const createDeploymentSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  stageName: stageNameSchema,
  description: z.string().trim().max(1024, "Use at most 1024 characters.").default(""),
  confirmStageName: z.string().trim().max(128).optional(),
  /** Set by "Retry" after a partial deploy: point the stage at this deployment instead of making another. */
  existingDeploymentId: deploymentIdSchema.optional(),
});
