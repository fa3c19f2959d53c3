// ImportDocumentationParts: the parts of an OpenAPI document's x-amazon-apigateway-documentation extension,
// merged into the API's parts or replacing them. Importing documentation never changes the API itself.
import { parse as parseYaml } from "yaml";
import { AwsError, badRequest } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { requireRestApi } from "./rest-apis";
import { isObject, type JsonObject } from "./openapi-shared";
import { normalizeLocation, type DocumentationPartLocation } from "./documentation-location";
import { addPart, documentationParts, findPartAt } from "./documentation-parts";

export type DocumentationImportMode = "merge" | "overwrite";

export interface DocumentationPartIds {
  ids: string[];
  warnings?: string[];
}

export interface ImportedPart {
  location: DocumentationPartLocation;
  properties: JsonObject;
}

// UNCONFIRMED: no recording or public report of AWS's answer to a body that is not OpenAPI was found.
const unreadable = () => badRequest("Unable to build importer with provided input.");

/** The body must be a Swagger 2.0 or OpenAPI 3.x document, as JSON or YAML. */
export function readDocumentationImport(text: string): JsonObject {
  let parsed: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    parsed = parseYaml(text, { maxAliasCount: 100 });
  } catch {
    throw unreadable();
  }
  if (!isObject(parsed)) throw unreadable();
  const openapi = typeof parsed.openapi === "string" && parsed.openapi.startsWith("3.");
  if (parsed.swagger !== "2.0" && !openapi) throw unreadable();
  return parsed;
}

/** In the extension, properties is an object; JSON text of one is accepted too. */
function importedProperties(value: unknown): JsonObject | undefined {
  if (isObject(value)) return value;
  if (typeof value !== "string") return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function readPart(entry: unknown, index: number): ImportedPart {
  const location = normalizeLocation(isObject(entry) && isObject(entry.location) ? entry.location : {}, `documentationParts[${index}].location`);
  const properties = importedProperties(isObject(entry) ? entry.properties : undefined);
  if (!properties) throw badRequest(`documentationParts[${index}].properties must be an object`);
  return { location, properties };
}

/** Every part the document defines; a part that cannot be imported becomes a warning instead. */
export function readParts(doc: JsonObject, warnings: string[]): ImportedPart[] {
  const extension = doc["x-amazon-apigateway-documentation"];
  if (extension === undefined) return [];
  if (!isObject(extension) || !Array.isArray(extension.documentationParts)) {
    // UNCONFIRMED: AWS's wording for this and for a part it cannot import (below).
    warnings.push("x-amazon-apigateway-documentation has no documentationParts list and was ignored");
    return [];
  }
  const parts: ImportedPart[] = [];
  extension.documentationParts.forEach((entry: unknown, index: number) => {
    try {
      parts.push(readPart(entry, index));
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      warnings.push(`Documentation part ${index} was not imported: ${error.message}`);
    }
  });
  return parts;
}

/** Merge replaces the attributes the import names and keeps the others, as AWS documents it. */
function importPart(ctx: OpContext, restApiId: string, imported: ImportedPart): string {
  const existing = findPartAt(ctx, restApiId, imported.location);
  if (!existing) return addPart(ctx, restApiId, imported.location, JSON.stringify(imported.properties)).id;
  const merged = { ...(JSON.parse(existing.properties) as JsonObject), ...imported.properties };
  documentationParts(ctx).put(restApiId, existing.id, { ...existing, properties: JSON.stringify(merged) });
  return existing.id;
}

export function importDocumentationParts(
  ctx: OpContext,
  restApiId: string,
  doc: JsonObject,
  options: { mode: DocumentationImportMode; failOnWarnings: boolean },
): DocumentationPartIds {
  requireRestApi(ctx, restApiId);
  const warnings: string[] = [];
  const parts = readParts(doc, warnings);
  if (options.failOnWarnings && warnings.length > 0) throw badRequest(`Warnings found during import:\n\t${warnings.join("\n\t")}`);
  const ids = writeParts(ctx, restApiId, parts, options.mode);
  return warnings.length > 0 ? { ids, warnings } : { ids };
}

/** Overwrite replaces the API's whole collection; merge adds to it. Returns the ids of the parts written. */
export function writeParts(ctx: OpContext, restApiId: string, parts: readonly ImportedPart[], mode: DocumentationImportMode): string[] {
  if (mode === "overwrite") documentationParts(ctx).deleteGroup(restApiId);
  return [...new Set(parts.map((part) => importPart(ctx, restApiId, part)))];
}
