"use server";

import { revalidatePath } from "next/cache";
import { updateModel } from "@/lib/aws/models";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateModelSchema } from "./model-schemas";

export const updateModelAction = defineAction({
  name: "model.update",
  input: updateModelSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.name}` },
  async handler({ envId, restApiId, ...model }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await updateModel(environment, restApiId, model);
      Object.assign(ctx.audit, { requestId });
      revalidatePath(`/env/${envId}/apis/${restApiId}/models`);
      return value;
    } catch (error) {
      if (error instanceof ConsoleError && error.code === "validation") throw new ConsoleError("validation", error.message, { requestId: error.requestId, fieldErrors: { schema: [error.message] } });
      throw error;
    }
  },
});
