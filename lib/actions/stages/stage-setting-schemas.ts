import { z } from "zod";
import { httpMethods } from "@/lib/domain/api-resource";
import { cacheSizes } from "@/lib/domain/price-table";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";
import { stageNameSchema } from "./stage-schemas";

const stageTarget = { envId: environmentIdSchema, restApiId: restApiIdSchema, stageName: stageNameSchema };

export const unauthorizedCacheStrategies = ["FAIL_WITH_403", "SUCCEED_WITH_RESPONSE_HEADER", "SUCCEED_WITHOUT_RESPONSE_HEADER"] as const;

export const methodTargetSchema = z.object({
  resourcePath: z.string().regex(/^\/[^\s]{0,1023}$/, "That is not a resource path."),
  // A plain string on input, so a method read back from a methodSettings key can be passed as it is.
  httpMethod: z.string({ error: "Choose a method." }).refine((verb) => (httpMethods as readonly string[]).includes(verb), "Choose a method."),
});

/** The stage defaults ("*\/*") or one method. */
export const methodSettingTargetSchema = z.union([z.literal("*/*"), methodTargetSchema]);

/** What the form loaded, to detect a change made elsewhere since (AWS may report -1 for an unset throttle). */
const loadedMethodSettingsSchema = z.object({
  throttlingRateLimit: z.number().optional(),
  throttlingBurstLimit: z.number().optional(),
  cachingEnabled: z.boolean().optional(),
  cacheTtlInSeconds: z.number().optional(),
  cacheDataEncrypted: z.boolean().optional(),
  requireAuthorizationForCacheControl: z.boolean().optional(),
  unauthorizedCacheControlHeaderStrategy: z.string().max(64).optional(),
});

export const throttleValuesSchema = z.object({
  throttlingRateLimit: z.number({ error: "Enter a rate in requests per second." }).min(0, "Enter a rate of 0 or more requests per second."),
  throttlingBurstLimit: z.number({ error: "Enter a burst in requests." }).int("Enter a whole number of requests, 0 or more.").min(0, "Enter a whole number of requests, 0 or more."),
});

export const updateStageThrottlingSchema = z.object({ ...stageTarget, target: methodSettingTargetSchema, loaded: loadedMethodSettingsSchema, edited: throttleValuesSchema });

export const cachingValuesSchema = z.object({
  cachingEnabled: z.boolean(),
  cacheTtlInSeconds: z.number({ error: "Enter a TTL in seconds." }).int("Enter whole seconds.").min(0, "Use 0 to 3,600 seconds.").max(3600, "Use 0 to 3,600 seconds."),
  cacheDataEncrypted: z.boolean(),
  requireAuthorizationForCacheControl: z.boolean(),
  unauthorizedCacheControlHeaderStrategy: z
    .string({ error: "Choose how an unauthorized invalidation is handled." })
    .refine((strategy) => (unauthorizedCacheStrategies as readonly string[]).includes(strategy), "Choose how an unauthorized invalidation is handled."),
});

export const cacheClusterSchema = z.object({ enabled: z.boolean(), size: z.enum(cacheSizes as [string, ...string[]], { error: "Choose a cache size." }).nullable() });

export const updateStageCachingSchema = z
  .object({
    ...stageTarget,
    target: methodSettingTargetSchema,
    loaded: z.object({ settings: loadedMethodSettingsSchema, cluster: cacheClusterSchema.optional() }),
    edited: z.object({ settings: cachingValuesSchema, cluster: cacheClusterSchema.optional() }),
  })
  .refine((input) => input.target === "*/*" || !input.edited.cluster, { message: "The cache cluster belongs to the stage, not to one method.", path: ["edited", "cluster"] })
  .refine((input) => !input.edited.cluster?.enabled || input.edited.cluster.size !== null, { message: "Choose a cache size.", path: ["edited", "cluster", "size"] });

export const removeStageMethodOverrideSchema = z.object({ ...stageTarget, target: methodTargetSchema, loaded: loadedMethodSettingsSchema });

export const flushStageCacheSchema = z.object(stageTarget);
