"use server";

import { getResource, renameResource } from "@/lib/aws/resources";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { asPathPartRefusal } from "./path-part-refusal";
import { updateResourceSchema } from "./resource-schemas";

export const updateResourceAction = defineAction({
  name: "resource.update",
  input: updateResourceSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.expectedPathPart}` },
  async handler({ envId, restApiId, resourceId, expectedPathPart, pathPart }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    // Re-read first: renaming what someone else already renamed would silently overwrite their change.
    const current = await getResource(environment, restApiId, resourceId);
    if (!current) throw new ConsoleError("not_found", "This resource no longer exists. It may have been deleted since the page loaded.");
    ctx.audit.target = current.path;
    if (current.parentId === null) throw new ConsoleError("validation", "The root resource (/) cannot be renamed.");
    if (current.pathPart !== expectedPathPart) {
      const message = `Someone renamed this resource to “${current.pathPart}” (${current.path}) since the page loaded. Nothing was changed; reload to see it, then rename again.`;
      throw new ConsoleError("conflict", message, { fieldErrors: { pathPart: [message] } });
    }
    if (current.pathPart === pathPart) return current;
    const { value: renamed, requestId } = await renameResource(environment, restApiId, resourceId, pathPart).catch((error: unknown) => {
      throw asPathPartRefusal(error);
    });
    Object.assign(ctx.audit, { requestId, detail: `renamed to ${renamed.path}` });
    // No revalidatePath: it would re-render the page this action came from and undo the designer's in-page
    // navigation (history.pushState). The designer re-reads through react-query; resource pages are dynamic, read on each visit.
    return renamed;
  },
});
