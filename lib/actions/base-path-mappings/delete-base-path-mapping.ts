"use server";

import { revalidatePath } from "next/cache";
import { deleteBasePathMapping } from "@/lib/aws/domain-names";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { deleteBasePathMappingSchema } from "./base-path-mapping-schemas";

// Deployer: removing a mapping stops clients reaching that API through the domain, like taking a stage away.
export const deleteBasePathMappingAction = defineAction({
  name: "base-path-mapping.delete",
  input: deleteBasePathMappingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.domainName}/${input.basePath}` },
  async handler({ envId, domainName, basePath }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    const { requestId } = await deleteBasePathMapping(environment, domainName, basePath);
    Object.assign(ctx.audit, { requestId });
    revalidatePath(`/env/${envId}/domains`, "layout");
    return { domainName, basePath };
  },
});
