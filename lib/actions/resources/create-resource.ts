"use server";

import { createResource } from "@/lib/aws/resources";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { asPathPartRefusal } from "./path-part-refusal";
import { createResourceSchema } from "./resource-schemas";

export const createResourceAction = defineAction({
  name: "resource.create",
  input: createResourceSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => `${input.restApiId} ${input.pathPart}` },
  async handler({ envId, restApiId, parentId, pathPart }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { value: resource, requestId } = await createResource(environment, restApiId, { parentId, pathPart }).catch((error: unknown) => {
      throw asPathPartRefusal(error);
    });
    Object.assign(ctx.audit, { target: resource.path, requestId, detail: `API ${restApiId}, resource ${resource.id}` });
    // No revalidatePath: it would re-render the page this action came from and undo the designer's in-page
    // navigation (history.pushState). The designer re-reads through react-query; resource pages are dynamic, read on each visit.
    return resource;
  },
});
