import { z } from "zod";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";
import { environmentIdSchema } from "@/lib/environments/environment-schema";

/** Finding keys are built by the rules ("ruleId:stage:prod"); the bound only keeps junk out of the database. */
const findingKeySchema = z.string().trim().min(1, "Choose a finding.").max(500, "That finding key is too long.");

export const advisorFindingSchema = z.object({ envId: environmentIdSchema, restApiId: restApiIdSchema, findingKey: findingKeySchema });

export const dismissAdvisorFindingSchema = advisorFindingSchema.extend({
  reason: z.string().trim().min(3, "Say why this finding does not apply (at least 3 characters).").max(500, "Keep the reason under 500 characters."),
});
