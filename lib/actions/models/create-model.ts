"use server";

import { revalidatePath } from "next/cache";
import { createModel } from "@/lib/aws/models";
import { ConsoleError } from "@/lib/errors";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createModelSchema } from "./model-schemas";

export const createModelAction = defineAction({
  name: "model.create",
  input: createModelSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId}/${input.name}` },
  async handler({ envId, restApiId, ...model }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await createModel(environment, restApiId, model);
      Object.assign(ctx.audit, { requestId });
      revalidatePath(`/env/${envId}/apis/${restApiId}/models`);
      return value;
    } catch (error) {
      // AWS's refusal of a model is about its name (taken) or its schema: show it beside that field.
      if (error instanceof ConsoleError && (error.code === "conflict" || error.code === "validation")) {
        const field = error.code === "conflict" || /name/i.test(error.message) ? "name" : "schema";
        throw new ConsoleError(error.code, error.message, { requestId: error.requestId, fieldErrors: { [field]: [error.code === "conflict" ? `A model named ${model.name} already exists.` : error.message] } });
      }
      throw error;
    }
  },
});
