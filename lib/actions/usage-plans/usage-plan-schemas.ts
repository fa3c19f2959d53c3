import { z } from "zod";
import { quotaPeriods } from "@/lib/domain/usage-plan";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";

export const usagePlanIdSchema = z.string({ error: "Choose a usage plan." }).regex(/^[A-Za-z0-9]{1,64}$/, "That is not a usage plan id.");

const rateLimit = z.number({ error: "Enter a number of requests per second." }).finite().min(0, "Use 0 or more requests per second.").nullable();
const burstLimit = z.number({ error: "Enter a whole number of requests." }).int("Use a whole number of requests.").min(0, "Use 0 or more requests.").nullable();

export const throttleSchema = z.object({ rateLimit, burstLimit });

/** AWS's rule for the offset: requests taken off the limit in the first period, so 0 up to the limit. */
export const quotaSchema = z
  .object({
    limit: z.number({ error: "Enter the number of requests." }).int("Use a whole number of requests.").min(1, "Allow at least 1 request per period."),
    offset: z.number({ error: "Enter a whole number." }).int("Use a whole number of requests.").min(0, "Use 0 or more requests."),
    period: z.enum(quotaPeriods, { error: "Choose a day, a week or a month." }),
  })
  .superRefine((quota, ctx) => {
    if (quota.offset > quota.limit) ctx.addIssue({ code: "custom", path: ["offset"], message: "The offset cannot be more than the limit." });
  });


const methodThrottleSchema = z.object({
  resourcePath: z.string().regex(/^\/[^\s]*$/, "Choose a resource path such as /pets."),
  httpMethod: z.string().regex(/^(GET|HEAD|OPTIONS|PUT|POST|PATCH|DELETE|ANY|\*)$/, "Choose a method."),
  rateLimit,
  burstLimit,
});

const apiStageSchema = z.object({
  apiId: restApiIdSchema,
  stage: z.string().min(1, "Choose a stage.").max(128),
  methodThrottles: z.array(methodThrottleSchema).max(200),
});

export const usagePlanNameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(1024, "Use at most 1024 characters.");
const descriptionSchema = z.string().trim().max(1024, "Use at most 1024 characters.").nullable().transform((text) => text || null);

export const usagePlanDraftSchema = z.object({
  name: usagePlanNameSchema,
  description: descriptionSchema,
  throttle: throttleSchema.nullable(),
  quota: quotaSchema.nullable(),
  apiStages: z.array(apiStageSchema).max(100),
});

const patchOperationSchema = z.object({ op: z.enum(["add", "replace", "remove"]), path: z.string().max(2048), value: z.string().max(4096).optional() });

export const createUsagePlanSchema = z.object({ envId: environmentIdSchema, ...usagePlanDraftSchema.omit({ apiStages: true }).shape });

/** The edited plan and the operations the person saw: if the plan changed meanwhile, the server refuses rather than send others. */
export const updateUsagePlanSchema = z.object({ envId: environmentIdSchema, usagePlanId: usagePlanIdSchema, plan: usagePlanDraftSchema, reviewed: z.array(patchOperationSchema).max(500) });

export const deleteUsagePlanSchema = z.object({ envId: environmentIdSchema, usagePlanId: usagePlanIdSchema, confirmName: z.string() });
