// GetExport of a stage that publishes a documentation version: the version's parts in an
// x-amazon-apigateway-documentation object, and their OpenAPI attributes written into the entities they document.
import type { OpContext } from "../op-context";
import { ANY_METHOD_KEY, isObject, type JsonObject } from "./openapi-shared";
import { publishedDocumentation, type StoredDocumentationVersion } from "./documentation-versions";
import type { DocumentationPart } from "./documentation-parts";

// The attributes AWS writes into each kind of entity; x-* extensions always go too (developer guide,
// "Export API documentation"). Attributes OpenAPI does not define stay in the extension object only.
const operationKeys = ["summary", "description", "tags", "externalDocs", "deprecated"];
const infoKeys = ["description", "termsOfService", "contact", "license"];
const describedKeys = ["description"];
const schemaKeys = ["title", "description"];

const parameterPlace: Readonly<Record<string, string>> = { PATH_PARAMETER: "path", QUERY_PARAMETER: "query", REQUEST_HEADER: "header" };

function properties(part: DocumentationPart): JsonObject {
  const parsed: unknown = JSON.parse(part.properties);
  return isObject(parsed) ? parsed : {};
}

/** Copies the allowed attributes and every x-* extension of `source` onto `target`. */
function writeAttributes(target: unknown, source: JsonObject, keys: readonly string[]): void {
  if (!isObject(target)) return;
  for (const [key, value] of Object.entries(source)) if (keys.includes(key) || key.startsWith("x-")) target[key] = value;
}

function operationAt(document: JsonObject, path: string | undefined, method: string | undefined): JsonObject | undefined {
  const item = isObject(document.paths) ? document.paths[path ?? "/"] : undefined;
  if (!isObject(item)) return undefined;
  const operation = item[method === undefined || method === "*" ? ANY_METHOD_KEY : method.toLowerCase()];
  return isObject(operation) ? operation : undefined;
}

function schemaNamed(document: JsonObject, name: string | undefined): unknown {
  const schemas = isObject(document.components) ? document.components.schemas : document.definitions;
  return isObject(schemas) && name !== undefined ? schemas[name] : undefined;
}

function parameterOf(operation: JsonObject | undefined, name: string | undefined, place: string | undefined): unknown {
  const parameters = Array.isArray(operation?.parameters) ? (operation.parameters as unknown[]) : [];
  return parameters.find((parameter) => isObject(parameter) && parameter.name === name && parameter.in === place);
}

/** Writes one part's attributes into the entity its location names, when the export has that entity. */
function documentEntity(document: JsonObject, part: DocumentationPart): void {
  const { type, path, method, statusCode, name } = part.location;
  const content = properties(part);
  if (type === "API") {
    writeAttributes(document, content, []);
    if (isObject(content.info)) writeAttributes(document.info, content.info, infoKeys);
  } else if (type === "RESOURCE") {
    writeAttributes(isObject(document.paths) ? document.paths[path ?? "/"] : undefined, content, []);
  } else if (type === "METHOD") {
    writeAttributes(operationAt(document, path, method), content, operationKeys);
  } else if (type === "RESPONSE") {
    const responses = operationAt(document, path, method)?.responses;
    writeAttributes(isObject(responses) && statusCode !== undefined ? responses[statusCode] : undefined, content, describedKeys);
  } else if (type === "MODEL") {
    writeAttributes(schemaNamed(document, name), content, schemaKeys);
  } else if (parameterPlace[type] !== undefined) {
    writeAttributes(parameterOf(operationAt(document, path, method), name, parameterPlace[type]), content, describedKeys);
  }
}

function documentationExtension(published: StoredDocumentationVersion): JsonObject {
  return {
    version: published.version,
    createdDate: new Date(published.createdDate * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
    documentationParts: published.parts.map((part) => ({ location: part.location, properties: properties(part) })),
  };
}

/** The exported document with the stage's published documentation, or unchanged when it publishes none. */
export function withPublishedDocumentation(ctx: OpContext, restApiId: string, stage: { documentationVersion?: string }, document: JsonObject): JsonObject {
  const published = publishedDocumentation(ctx, restApiId, stage);
  if (!published) return document;
  const documented = structuredClone(document);
  for (const part of published.parts) documentEntity(documented, part);
  return { ...documented, "x-amazon-apigateway-documentation": documentationExtension(published) };
}
