import { z } from "zod";
import { apiKeyValueLength } from "@/lib/domain/api-key";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { usagePlanIdSchema } from "../usage-plans/usage-plan-schemas";

export const apiKeyIdSchema = z.string({ error: "Choose an API key." }).regex(/^[A-Za-z0-9]{1,64}$/, "That is not an API key id.");

const valueSchema = z
  .string()
  .trim()
  .nullable()
  .transform((value) => value || null)
  .refine((value) => value === null || value.length >= apiKeyValueLength.min, `Use at least ${apiKeyValueLength.min} characters, or leave it empty to let AWS generate one.`)
  .refine((value) => value === null || value.length <= apiKeyValueLength.max, `Use at most ${apiKeyValueLength.max} characters.`)
  .refine((value) => value === null || /^[\x21-\x7e]+$/.test(value), "Use printable characters without spaces.");

export const createApiKeySchema = z.object({
  envId: environmentIdSchema,
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(1024, "Use at most 1024 characters."),
  description: z.string().trim().max(1024, "Use at most 1024 characters.").nullable().transform((text) => text || null),
  enabled: z.boolean(),
  value: valueSchema,
  /** A plan to attach the new key to straight away, if any. */
  usagePlanId: usagePlanIdSchema.nullable(),
});

/** 1 MB of CSV is several thousand keys, more than a person pastes; larger files belong to the CLI. */
export const importApiKeysSchema = z.object({ envId: environmentIdSchema, csv: z.string().trim().min(1, "Paste or choose a CSV file.").max(1_000_000, "The file is larger than 1 MB. Split it, or import it with the AWS CLI.") });

export const setApiKeyEnabledSchema = z.object({ envId: environmentIdSchema, apiKeyId: apiKeyIdSchema, enabled: z.boolean() });

export const deleteApiKeySchema = z.object({ envId: environmentIdSchema, apiKeyId: apiKeyIdSchema });

export const usagePlanKeySchema = z.object({ envId: environmentIdSchema, usagePlanId: usagePlanIdSchema, apiKeyId: apiKeyIdSchema });
