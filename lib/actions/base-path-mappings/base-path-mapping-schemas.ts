import { z } from "zod";
import { basePathProblem, rootBasePath } from "@/lib/domain/domain-name";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { domainNameSchema } from "../domain-names/domain-name-schemas";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";
import { stageNameSchema } from "../stages/stage-schemas";

/** A base path as typed: empty maps the domain's root. */
const newBasePathSchema = z
  .string({ error: "Enter a base path, or leave it empty for the root." })
  .trim()
  .superRefine((value, ctx) => {
    const problem = basePathProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** An existing mapping's base path, as AWS reports it: "(none)" for the root. */
const existingBasePathSchema = z
  .string({ error: "Choose a base path mapping." })
  .refine((value) => value === rootBasePath || (value !== "" && basePathProblem(value) === null), "That is not a base path.");

const target = {
  restApiId: restApiIdSchema,
  stage: z.string({ error: "Choose a stage." }).min(1, "Choose a stage.").pipe(stageNameSchema),
};

export const createBasePathMappingSchema = z.object({ envId: environmentIdSchema, domainName: domainNameSchema, basePath: newBasePathSchema, ...target });

export const updateBasePathMappingSchema = z.object({ envId: environmentIdSchema, domainName: domainNameSchema, basePath: existingBasePathSchema, ...target });

export const deleteBasePathMappingSchema = z.object({ envId: environmentIdSchema, domainName: domainNameSchema, basePath: existingBasePathSchema });
