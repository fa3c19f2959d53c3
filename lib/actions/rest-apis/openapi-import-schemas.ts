import { z } from "zod";
import { maxOpenApiBytes } from "@/lib/domain/openapi-source";
import { endpointTypes } from "@/lib/domain/rest-api";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "./rest-api-schemas";

const documentSchema = z
  .string({ error: "Paste or upload an OpenAPI document." })
  .min(1, "Paste or upload an OpenAPI document.")
  .refine((text) => new TextEncoder().encode(text).length <= maxOpenApiBytes, "The document is larger than 6 MB, AWS's limit for an API definition file.");
const basePathSchema = z.enum(["ignore", "prepend", "split"], { error: "Choose how to treat the base path." });

export const previewOpenApiImportSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema.optional(),
  mode: z.enum(["new", "merge", "overwrite"]),
  basePath: basePathSchema,
  document: documentSchema,
});

export const importRestApiSchema = z.object({
  envId: environmentIdSchema,
  document: documentSchema,
  failOnWarnings: z.boolean(),
  endpointType: z.enum(endpointTypes, { error: "Choose Regional, Edge-optimized or Private." }),
  basePath: basePathSchema,
});

export const putRestApiSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  document: documentSchema,
  mode: z.enum(["merge", "overwrite"], { error: "Choose merge or overwrite." }),
  failOnWarnings: z.boolean(),
  basePath: basePathSchema,
  /** Required for overwrite: the API's name, typed. */
  confirmName: z.string().optional(),
});
