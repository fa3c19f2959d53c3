"use server";

import { revalidatePath } from "next/cache";
import { createRestApi } from "@/lib/aws/rest-apis";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { createRestApiSchema } from "./rest-api-schemas";

export const createRestApiAction = defineAction({
  name: "rest-api.create",
  input: createRestApiSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => input.name },
  async handler({ envId, name, description, endpointType }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { value: api, requestId } = await createRestApi(environment, { name, ...(description ? { description } : {}), endpointType });
    Object.assign(ctx.audit, { target: api.id, requestId, detail: api.name });
    revalidatePath(`/env/${envId}/apis`);
    return api;
  },
});
