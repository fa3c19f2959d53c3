"use server";

import { revalidatePath } from "next/cache";
import { createRequestValidator } from "@/lib/aws/request-validators";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createRequestValidatorSchema } from "./request-validator-schemas";

export const createRequestValidatorAction = defineAction({
  name: "request-validator.create",
  input: createRequestValidatorSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.name}` },
  async handler({ envId, restApiId, ...fields }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await createRequestValidator(environment, restApiId, fields);
      Object.assign(ctx.audit, { requestId, target: `${restApiId}/${value.id}` });
      revalidatePath(`/env/${envId}/apis/${restApiId}/validators`);
      return value;
    } catch (error) {
      if (error instanceof ConsoleError && (error.code === "conflict" || error.code === "validation")) throw new ConsoleError(error.code, error.message, { requestId: error.requestId, fieldErrors: { name: [error.message] } });
      throw error;
    }
  },
});
