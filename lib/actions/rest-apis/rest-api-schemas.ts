import { z } from "zod";
import { endpointTypes } from "@/lib/domain/rest-api";
import { environmentIdSchema } from "@/lib/environments/environment-schema";

export const restApiIdSchema = z
  .string({ error: "Choose an API." })
  .regex(/^[A-Za-z0-9]{1,64}$/, "That is not a REST API id.");

export const restApiNameSchema = z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(1024, "Use at most 1024 characters.");

const descriptionSchema = z.string().trim().max(4096, "Use at most 4096 characters.").optional();

export const createRestApiSchema = z.object({
  envId: environmentIdSchema,
  name: restApiNameSchema,
  description: descriptionSchema,
  endpointType: z.enum(endpointTypes, { error: "Choose Regional, Edge-optimized or Private." }),
});

export const updateRestApiSchema = z.object({ envId: environmentIdSchema, restApiId: restApiIdSchema, name: restApiNameSchema, description: descriptionSchema });

export const deleteRestApiSchema = z.object({
  envId: environmentIdSchema,
  restApiId: restApiIdSchema,
  confirmName: z.string({ error: "Type the API's name to confirm." }),
});
