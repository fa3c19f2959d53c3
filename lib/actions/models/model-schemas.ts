import { z } from "zod";
import { checkModelSchema } from "@/lib/domain/model-schema-check";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";

const api = { envId: environmentIdSchema, restApiId: restApiIdSchema };
export const modelNameSchema = z.string({ error: "Enter a name." }).trim().regex(/^[A-Za-z0-9]{1,128}$/, "Model names use letters and digits only (no spaces).");
const schemaText = z.string().superRefine((text, ctx) => {
  const check = checkModelSchema(text);
  if (!check.ok) ctx.addIssue({ code: "custom", message: check.message });
});
const description = z.string().trim().max(4096, "Use at most 4096 characters.").optional();

export const createModelSchema = z.object({ ...api, name: modelNameSchema, description, contentType: z.string().trim().min(1).default("application/json"), schema: schemaText });
export const updateModelSchema = z.object({ ...api, name: modelNameSchema, description, schema: schemaText });
export const deleteModelSchema = z.object({ ...api, name: modelNameSchema });
