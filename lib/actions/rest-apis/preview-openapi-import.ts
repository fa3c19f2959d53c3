"use server";
import { listResourceMethods } from "@/lib/aws/resource-methods";
import { checkOpenApiText, type DocumentProblem } from "@/lib/domain/openapi-check";
import { buildImportPreview, type ImportPreview } from "@/lib/domain/openapi-import-preview";
import { requireEnvironment } from "@/lib/environments/environments";
import { defineAction } from "../action-client";
import { previewOpenApiImportSchema } from "./openapi-import-schemas";

export type OpenApiImportCheck = { problems: DocumentProblem[]; preview: ImportPreview | null };

/** Checks a document and previews its import; nothing is sent to AWS except, for an existing API, reading its resources. */
export const previewOpenApiImportAction = defineAction({
  name: "rest-api.preview-import",
  input: previewOpenApiImportSchema,
  access: "editor",
  audit: false,
  async handler({ envId, restApiId, mode, basePath, document }, ctx): Promise<OpenApiImportCheck> {
    const checked = await checkOpenApiText(document);
    if (!checked.document) return { problems: checked.problems, preview: null };
    const environment = await requireEnvironment(envId, ctx.db);
    const current = restApiId && mode !== "new" ? await listResourceMethods(environment, restApiId) : [];
    return { problems: checked.problems, preview: buildImportPreview(checked.document, { mode, basePath, current }) };
  },
});
