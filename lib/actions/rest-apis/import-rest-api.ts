"use server";
import { revalidatePath } from "next/cache";
import { importRestApi } from "@/lib/aws/openapi-import";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { assertImportableDocument } from "./openapi-document-check";
import { importRestApiSchema } from "./openapi-import-schemas";

/** Creates a new API from an OpenAPI document (ImportRestApi) and returns AWS's warnings. */
export const importRestApiAction = defineAction({
  name: "rest-api.import",
  input: importRestApiSchema,
  access: "editor",
  audit: { envId: (input) => input.envId },
  async handler({ envId, document, failOnWarnings, endpointType, basePath }, ctx) {
    await assertImportableDocument(document);
    const environment = await requireEnvironment(envId, ctx.db);
    const { value, requestId } = await importRestApi(environment, document, { failOnWarnings, endpointType, basePath });
    Object.assign(ctx.audit, { target: value.api.id, requestId, detail: `${value.api.name}; ${value.warnings.length} warning(s)` });
    revalidatePath(`/env/${envId}/apis`);
    return value;
  },
});
