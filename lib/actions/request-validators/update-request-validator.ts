"use server";

import { revalidatePath } from "next/cache";
import { updateRequestValidator } from "@/lib/aws/request-validators";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateRequestValidatorSchema } from "./request-validator-schemas";

/** Renames a validator and turns its body and parameter checks on or off. */
export const updateRequestValidatorAction = defineAction({
  name: "request-validator.update",
  input: updateRequestValidatorSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.validatorId}` },
  async handler({ envId, restApiId, validatorId, ...fields }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await updateRequestValidator(environment, restApiId, validatorId, fields);
      Object.assign(ctx.audit, { requestId, detail: value.name });
      revalidatePath(`/env/${envId}/apis/${restApiId}/validators`);
      return value;
    } catch (error) {
      if (error instanceof ConsoleError && (error.code === "conflict" || error.code === "validation")) throw new ConsoleError(error.code, error.message, { requestId: error.requestId, fieldErrors: { name: [error.message] } });
      throw error;
    }
  },
});
