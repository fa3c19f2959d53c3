"use server";

import { revalidatePath } from "next/cache";
import { deleteMethod, getResourcePath } from "@/lib/aws/methods";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { deleteMethodSchema } from "./method-schemas";

export const deleteMethodAction = defineAction({
  name: "method.delete",
  input: deleteMethodSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.httpMethod} ${input.resourceId}` },
  async handler({ envId, restApiId, resourceId, httpMethod, confirm }, ctx) {
    // The typed verb is checked here, not only in the dialog: a request without it must not delete anything.
    if (confirm !== httpMethod) {
      const message = `Type ${httpMethod} to confirm.`;
      throw new ConsoleError("validation", message, { fieldErrors: { confirm: [message] } });
    }
    const environment = await requireEnvironment(envId, ctx.db);
    const resource = await getResourcePath(environment, restApiId, resourceId);
    if (!resource) throw new ConsoleError("not_found", "This resource no longer exists. It may have been deleted.");
    ctx.audit.target = `${httpMethod} ${resource.path}`;
    ctx.audit.requestId = await deleteMethod(environment, { restApiId, resourceId, httpMethod });
    revalidatePath(`/env/${envId}/apis/${restApiId}`, "layout");
    return { httpMethod, resourcePath: resource.path };
  },
});
