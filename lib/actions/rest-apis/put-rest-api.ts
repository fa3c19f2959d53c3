"use server";
import { revalidatePath } from "next/cache";
import { putRestApi } from "@/lib/aws/openapi-import";
import { getRestApi } from "@/lib/aws/rest-apis";
import { requireEnvironment } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { defineAction } from "../action-client";
import { assertImportableDocument } from "./openapi-document-check";
import { putRestApiSchema } from "./openapi-import-schemas";

/** Merges an OpenAPI document into an API or overwrites the API with it (PutRestApi); overwrite needs the typed name. */
export const putRestApiAction = defineAction({
  name: "rest-api.put",
  input: putRestApiSchema,
  access: "editor",
  audit: { envId: (input) => input.envId, target: (input) => input.restApiId },
  async handler({ envId, restApiId, document, mode, failOnWarnings, basePath, confirmName }, ctx) {
    await assertImportableDocument(document);
    const environment = await requireEnvironment(envId, ctx.db);
    const api = await getRestApi(environment, restApiId);
    if (!api) throw new ConsoleError("not_found", "This API no longer exists. It may have been deleted.");
    // Checked here, not only in the dialog: an overwrite without the typed name must not replace anything.
    if (mode === "overwrite" && confirmName !== api.name) {
      const message = `Type the API's name, ${api.name}, to confirm the overwrite.`;
      throw new ConsoleError("validation", message, { fieldErrors: { confirmName: [message] } });
    }
    const { value, requestId } = await putRestApi(environment, restApiId, document, { mode, failOnWarnings, basePath });
    Object.assign(ctx.audit, { requestId, detail: `${mode}; ${value.warnings.length} warning(s)` });
    revalidatePath(`/env/${envId}/apis`, "layout");
    return value;
  },
});
