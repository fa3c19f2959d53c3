"use server";

import { deleteResource, listResources } from "@/lib/aws/resources";
import { buildResourceTree } from "@/lib/domain/resource-tree";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { deleteResourceSchema } from "./resource-schemas";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const deleteResourceAction = defineAction({
  name: "resource.delete",
  input: deleteResourceSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.confirmPath}` },
  async handler({ envId, restApiId, resourceId, confirmPath, expectedResources, expectedMethods }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    // Count again now: the person agreed to lose what the dialog showed, not whatever the subtree holds today.
    const node = buildResourceTree(await listResources(environment, restApiId)).byId.get(resourceId);
    if (!node) throw new ConsoleError("not_found", "This resource no longer exists. It may have been deleted since the page loaded.");
    const { path, parentId } = node.resource;
    ctx.audit.target = path;
    if (parentId === null) throw new ConsoleError("validation", "The root resource (/) cannot be deleted; delete the API instead.");
    if (confirmPath !== path) {
      const message = `Type the resource's path, ${path}, to confirm.`;
      throw new ConsoleError("validation", message, { fieldErrors: { confirmPath: [message] } });
    }
    if (node.subtreeResources !== expectedResources || node.subtreeMethods !== expectedMethods) {
      const now = `${plural(node.subtreeResources, "resource")} and ${plural(node.subtreeMethods, "method")}`;
      const then = `${plural(expectedResources, "resource")} and ${plural(expectedMethods, "method")}`;
      throw new ConsoleError("conflict", `${path} changed since you confirmed: it now holds ${now}, not ${then}. Nothing was deleted; review the new counts and confirm again.`);
    }
    const { requestId } = await deleteResource(environment, restApiId, resourceId);
    Object.assign(ctx.audit, { requestId, detail: `deleted ${plural(expectedResources, "resource")} and ${plural(expectedMethods, "method")}` });
    // No revalidatePath: it would re-render the page this action came from and undo the designer's in-page
    // navigation (history.pushState). The designer re-reads through react-query; resource pages are dynamic, read on each visit.
    return { id: resourceId, path };
  },
});
