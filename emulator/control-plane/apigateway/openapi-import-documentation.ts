// The x-amazon-apigateway-documentation extension of a document given to ImportRestApi or PutRestApi. Its parts
// become the API's documentation parts, read and written exactly as ImportDocumentationParts reads and writes them.
//
// The extension's `version` names the snapshot the parts were exported from; AWS documents it only as that
// ("the version identifier of the snapshot of the exported documentation parts") and documentation versions are
// made by CreateDocumentationVersion alone, so an import leaves it unread and creates no version.
import type { OpContext } from "../op-context";
import type { JsonObject } from "./openapi-shared";
import { readParts, writeParts, type DocumentationImportMode, type ImportedPart } from "./documentation-import";

export interface ImportedDocumentation {
  parts: ImportedPart[];
  /** One per part that could not be imported, in the words ImportDocumentationParts uses. */
  warnings: string[];
}

/** The `ignore` import parameter: `ignore=documentation` excludes the documentation parts from the import. */
function ignoresDocumentation(ignore: string | null | undefined): boolean {
  return (ignore ?? "").split(",").some((value) => value.trim().toLowerCase() === "documentation");
}

/**
 * The document's documentation parts, or undefined when there is nothing to import: the document has no
 * extension, or the caller asked to ignore it. Either way the API's existing parts are then left as they are.
 */
export function readImportedDocumentation(doc: JsonObject, ignore: string | null | undefined): ImportedDocumentation | undefined {
  if (ignoresDocumentation(ignore) || doc["x-amazon-apigateway-documentation"] === undefined) return undefined;
  const warnings: string[] = [];
  return { parts: readParts(doc, warnings), warnings };
}

/** Overwrite replaces the API's parts with the document's; merge adds them as ImportDocumentationParts merge does. */
export function writeImportedDocumentation(
  ctx: OpContext,
  restApiId: string,
  documentation: ImportedDocumentation | undefined,
  mode: DocumentationImportMode,
): void {
  if (documentation) writeParts(ctx, restApiId, documentation.parts, mode);
}
