"use server";

import { revalidatePath } from "next/cache";
import { updateRestApi } from "@/lib/aws/rest-apis";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { updateRestApiSchema } from "./rest-api-schemas";

export const updateRestApiAction = defineAction({
  name: "rest-api.update",
  input: updateRestApiSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => input.restApiId },
  async handler({ envId, restApiId, name, description }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { value: api, requestId } = await updateRestApi(environment, restApiId, { name, description });
    Object.assign(ctx.audit, { requestId, detail: api.name });
    revalidatePath(`/env/${envId}/apis`, "layout");
    return api;
  },
});
