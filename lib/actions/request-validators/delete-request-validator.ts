"use server";

import { revalidatePath } from "next/cache";
import { listResourcesWithMethods } from "@/lib/aws/api-design";
import { deleteRequestValidator } from "@/lib/aws/request-validators";
import { methodsWhere } from "@/lib/domain/api-design";
import { describeMethods } from "@/lib/domain/model";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { deleteRequestValidatorSchema } from "./request-validator-schemas";

/** Deletes a validator no method uses; while one does, the refusal names the methods. */
export const deleteRequestValidatorAction = defineAction({
  name: "request-validator.delete",
  input: deleteRequestValidatorSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.validatorId}` },
  async handler({ envId, restApiId, validatorId }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const users = methodsWhere(await listResourcesWithMethods(environment, restApiId), (method) => method.requestValidatorId === validatorId);
    if (users.length > 0) throw new ConsoleError("conflict", `This validator is used by ${describeMethods(users)}. Change those methods first.`);
    const { requestId } = await deleteRequestValidator(environment, restApiId, validatorId);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/apis/${restApiId}/validators`);
    return null;
  },
});
