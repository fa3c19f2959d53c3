"use server";

import { revalidatePath } from "next/cache";
import { listResourcesWithMethods } from "@/lib/aws/api-design";
import { deleteModel } from "@/lib/aws/models";
import { describeMethods, methodsUsingModel } from "@/lib/domain/model";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { deleteModelSchema } from "./model-schemas";

/** Deletes a model no method uses; while one does, the refusal names the methods. */
export const deleteModelAction = defineAction({
  name: "model.delete",
  input: deleteModelSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.name}` },
  async handler({ envId, restApiId, name }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const users = methodsUsingModel(await listResourcesWithMethods(environment, restApiId), name);
    if (users.length > 0) throw new ConsoleError("conflict", `${name} is used by ${describeMethods(users)}. Change those methods to another model first.`);
    const { requestId } = await deleteModel(environment, restApiId, name);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/apis/${restApiId}/models`);
    return null;
  },
});
