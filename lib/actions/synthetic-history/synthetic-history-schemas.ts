import { z } from "zod";
import { maxSyntheticDays } from "@/lib/domain/synthetic-traffic";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";
import { stageNameSchema } from "@/lib/actions/sample-traffic/sample-traffic-schemas";

export const generateSyntheticHistorySchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  stage: stageNameSchema,
  days: z.number({ error: "Enter a number of days." }).int("Enter whole days.").min(1, "Generate at least 1 day.").max(maxSyntheticDays, `CloudWatch accepts data up to ${maxSyntheticDays} days old.`),
  peakRequestsPerMinute: z.number({ error: "Enter requests per minute." }).int("Enter a whole number.").min(1, "Use at least 1.").max(100_000, "Use at most 100,000."),
  seed: z.number().int().min(0).max(2 ** 31),
});
export type GenerateSyntheticHistoryInput = z.infer<typeof generateSyntheticHistorySchema>;
