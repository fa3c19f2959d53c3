"use server";

import { revalidatePath } from "next/cache";
import { deleteRestApi, getRestApi } from "@/lib/aws/rest-apis";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { deleteRestApiSchema } from "./rest-api-schemas";

export const deleteRestApiAction = defineAction({
  name: "rest-api.delete",
  input: deleteRestApiSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => input.restApiId },
  async handler({ envId, restApiId, confirmName }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const api = await getRestApi(environment, restApiId);
    if (!api) throw new ConsoleError("not_found", "This API no longer exists. It may have been deleted already.");
    // The typed name is checked here, not only in the dialog: a request without it must not delete anything.
    if (confirmName !== api.name) {
      const message = `Type the API's name, ${api.name}, to confirm.`;
      throw new ConsoleError("validation", message, { fieldErrors: { confirmName: [message] } });
    }
    const { requestId } = await deleteRestApi(environment, restApiId);
    Object.assign(ctx.audit, { requestId, detail: api.name });
    revalidatePath(`/env/${envId}/apis`, "layout");
    return { id: restApiId };
  },
});
