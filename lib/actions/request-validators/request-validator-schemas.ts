import { z } from "zod";
import { environmentIdSchema } from "@/lib/environments/environment-schema";
import { restApiIdSchema } from "@/lib/actions/rest-apis/rest-api-schemas";

const api = { envId: environmentIdSchema, restApiId: restApiIdSchema };
const fields = {
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(128, "Use at most 128 characters."),
  validateRequestBody: z.boolean(),
  validateRequestParameters: z.boolean(),
};
const validatorId = z.string().regex(/^[A-Za-z0-9]{1,64}$/, "That is not a validator id.");

export const createRequestValidatorSchema = z.object({ ...api, ...fields });
export const updateRequestValidatorSchema = z.object({ ...api, ...fields, validatorId });
export const deleteRequestValidatorSchema = z.object({ ...api, validatorId });
