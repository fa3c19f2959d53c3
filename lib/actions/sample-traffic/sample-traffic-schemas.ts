import { z } from "zod";
import { maxSampleRequestsPerCall } from "@/lib/domain/sample-traffic";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";

export const stageNameSchema = z.string({ error: "Choose a stage." }).regex(/^[A-Za-z0-9_-]{1,128}$/, "Choose a deployed stage.");

export const sendSampleTrafficSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  stage: stageNameSchema,
  count: z.number({ error: "Enter a number of requests." }).int("Enter a whole number.").min(1, "Send at least 1 request.").max(maxSampleRequestsPerCall, `Send at most ${maxSampleRequestsPerCall} requests per call.`),
  targets: z
    .array(z.object({ method: z.string().regex(/^(GET|POST|PUT|PATCH|DELETE|HEAD)$/, "Sample traffic sends GET, POST, PUT, PATCH, DELETE or HEAD."), path: z.string().regex(/^\/[^\s?#]*$/, "A path starts with /.").max(1024) }))
    .min(1, "Choose at least one path.")
    .max(50, "Choose at most 50 paths."),
  errorPercent: z.number().min(0, "Use 0 to 50 %.").max(50, "Use 0 to 50 %."),
  seed: z.number().int().min(0).max(2 ** 31),
});
export type SendSampleTrafficInput = z.infer<typeof sendSampleTrafficSchema>;
