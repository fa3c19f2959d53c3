"use server";

import { revalidatePath } from "next/cache";
import { retargetBasePathMapping } from "@/lib/aws/domain-names";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { refusalBesideField } from "../domain-names/aws-refusal-field";
import { updateBasePathMappingSchema } from "./base-path-mapping-schemas";
import { mappingRefusalFields } from "./mapping-refusal-fields";

// Deployer: pointing a live base path at another stage changes what clients get, like a deploy.
export const updateBasePathMappingAction = defineAction({
  name: "base-path-mapping.update",
  input: updateBasePathMappingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.domainName}/${input.basePath}` },
  async handler({ envId, domainName, basePath, restApiId, stage }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await retargetBasePathMapping(environment, domainName, basePath, { restApiId, stage });
      Object.assign(ctx.audit, { requestId, detail: `-> ${value.restApiId}/${value.stage ?? "*"}` });
      revalidatePath(`/env/${envId}/domains`, "layout");
      return value;
    } catch (error) {
      throw refusalBesideField(error, mappingRefusalFields, "stage");
    }
  },
});
