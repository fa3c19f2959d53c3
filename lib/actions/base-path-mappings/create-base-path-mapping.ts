"use server";

import { revalidatePath } from "next/cache";
import { createBasePathMapping } from "@/lib/aws/domain-names";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { refusalBesideField } from "../domain-names/aws-refusal-field";
import { createBasePathMappingSchema } from "./base-path-mapping-schemas";
import { mappingRefusalFields } from "./mapping-refusal-fields";

// Deployer, not editor: a mapping decides which stage live clients of the domain reach, as a deploy does.
export const createBasePathMappingAction = defineAction({
  name: "base-path-mapping.create",
  input: createBasePathMappingSchema,
  access: "deployer",
  audit: { envId: (input) => input.envId, target: (input) => `${input.domainName}/${input.basePath || "(none)"}` },
  async handler({ envId, domainName, ...mapping }, ctx) {
    const environment = await requireEnvironment(envId, ctx.db);
    try {
      const { value, requestId } = await createBasePathMapping(environment, domainName, mapping);
      Object.assign(ctx.audit, { requestId, detail: `-> ${value.restApiId}/${value.stage ?? "*"}` });
      revalidatePath(`/env/${envId}/domains`, "layout");
      return value;
    } catch (error) {
      throw refusalBesideField(error, mappingRefusalFields, "basePath");
    }
  },
});
