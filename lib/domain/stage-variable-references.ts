// Where an API uses stage variables: integration URIs (HTTP hosts and paths, Lambda ARNs), credentials,
// connection ids, authorizer URIs, mapping templates and parameter mappings, read from an OpenAPI export.
import { isJsonObject, type JsonObject } from "./openapi-json";
import { ANY_METHOD_KEY } from "./openapi-from-snapshot";

export type ReferencePlace = "integration URI" | "Lambda ARN" | "credentials" | "connection id" | "mapping template" | "parameter mapping" | "authorizer URI";

export interface StageVariableReference {
  name: string;
  /** "GET /pets" or "authorizer tok". */
  where: string;
  place: ReferencePlace;
}

// ${stageVariables.x} in URIs; $stageVariables.x, $stageVariables['x'] or ${stageVariables.x} in VTL; stageVariables.x in mappings.
const referencePattern = /stageVariables(?:\.([A-Za-z0-9_]+)|\[\s*['"]([A-Za-z0-9_]+)['"]\s*\])/g;

/** The distinct variable names a text references. */
export function referencedNames(text: string): string[] {
  return [...new Set([...text.matchAll(referencePattern)].map((match) => (match[1] ?? match[2])!))];
}

const collect = (text: unknown, where: string, place: ReferencePlace): StageVariableReference[] =>
  typeof text === "string" ? referencedNames(text).map((name) => ({ name, where, place })) : [];

function integrationReferences(integration: JsonObject, where: string): StageVariableReference[] {
  const uri = integration.uri;
  const uriPlace: ReferencePlace = typeof uri === "string" && uri.includes(":lambda:path/") ? "Lambda ARN" : "integration URI";
  const templates = [
    ...Object.values(isJsonObject(integration.requestTemplates) ? integration.requestTemplates : {}),
    ...Object.values(isJsonObject(integration.responses) ? integration.responses : {}).flatMap((r) => Object.values(isJsonObject(r) && isJsonObject(r.responseTemplates) ? r.responseTemplates : {})),
  ];
  return [
    ...collect(uri, where, uriPlace),
    ...collect(integration.credentials, where, "credentials"),
    ...collect(integration.connectionId, where, "connection id"),
    ...templates.flatMap((template) => collect(template, where, "mapping template")),
    ...Object.values(isJsonObject(integration.requestParameters) ? integration.requestParameters : {}).flatMap((value) => collect(value, where, "parameter mapping")),
  ];
}

/** Every reference to a stage variable in a document, in document order. */
export function stageVariableReferences(document: JsonObject): StageVariableReference[] {
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(isJsonObject(item) ? item : {}).map(([verb, operation]) => ({ where: `${verb === ANY_METHOD_KEY ? "ANY" : verb.toUpperCase()} ${path}`, operation })),
  );
  const fromMethods = operations.flatMap(({ where, operation }) => {
    const integration = isJsonObject(operation) ? operation["x-amazon-apigateway-integration"] : undefined;
    return isJsonObject(integration) ? integrationReferences(integration, where) : [];
  });
  const schemes = isJsonObject(document.components) && isJsonObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  const fromAuthorizers = Object.entries(schemes).flatMap(([name, scheme]) => {
    const authorizer = isJsonObject(scheme) ? scheme["x-amazon-apigateway-authorizer"] : undefined;
    return isJsonObject(authorizer) ? collect(authorizer.authorizerUri, `authorizer ${name}`, "authorizer URI") : [];
  });
  return [...fromMethods, ...fromAuthorizers];
}

/** Names referenced but not defined on the stage: calls through them would fail after deploying there. */
export function undefinedStageVariables(references: readonly StageVariableReference[], defined: Record<string, string>): string[] {
  return [...new Set(references.map((reference) => reference.name))].filter((name) => !(name in defined)).sort();
}
