import { z } from "zod";
import { pathPartFormatProblem } from "@/lib/domain/resource-path";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "../rest-apis/rest-api-schemas";

export const resourceIdSchema = z.string({ error: "Choose a resource." }).regex(/^[A-Za-z0-9]{1,64}$/, "That is not a resource id.");

/** A path part in AWS's format; where it may go (siblings, greedy parent) is AWS's to refuse, beside the same field. */
export const pathPartSchema = z
  .string({ error: "Enter a path part." })
  .trim()
  .superRefine((value, ctx) => {
    const problem = pathPartFormatProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const apiSchema = { envId: environmentIdSchema, restApiId: restApiIdSchema };

export const createResourceSchema = z.object({ ...apiSchema, parentId: resourceIdSchema, pathPart: pathPartSchema });

/** A rename: UpdateResource replacing /pathPart. */
export const updateResourceSchema = z.object({
  ...apiSchema,
  resourceId: resourceIdSchema,
  /** The path part the person saw when the page loaded: a rename over someone else's change is refused. */
  expectedPathPart: z.string(),
  pathPart: pathPartSchema,
});

const count = z.number().int().min(0);

export const deleteResourceSchema = z.object({
  ...apiSchema,
  resourceId: resourceIdSchema,
  /** The path the person typed to confirm. */
  confirmPath: z.string({ error: "Type the resource's path to confirm." }),
  /** The counts the confirmation showed: a subtree that changed since is not deleted. */
  expectedResources: count,
  expectedMethods: count,
});
