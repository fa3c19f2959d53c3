import type { IntegrationDefinition, IntegrationResponseDefinition, MethodDefinition, MethodResponseDefinition } from "./method-definition";

/** One field that differs between two versions of a method; null means absent in that version. */
export type MethodFieldChange = { field: string; before: string | null; after: string | null };

type Flat = Map<string, string>;

function flattenMap(into: Flat, prefix: string, map: Record<string, string | boolean>, show: (value: string | boolean) => string = String) {
  for (const [key, value] of Object.entries(map)) into.set(`${prefix} ${key}`, show(value));
}

const requiredOrOptional = (value: string | boolean) => (value === true ? "required" : "optional");

function flattenIntegration(into: Flat, integration: IntegrationDefinition) {
  into.set("Integration type", integration.type);
  if (integration.httpMethod) into.set("Integration HTTP method", integration.httpMethod);
  if (integration.uri) into.set("Integration URI", integration.uri);
  into.set("Passthrough behaviour", integration.passthroughBehavior);
  into.set("Timeout", `${integration.timeoutInMillis} ms`);
  if (integration.credentials) into.set("Execution role", integration.credentials);
  if (integration.contentHandling) into.set("Request content handling", integration.contentHandling);
  flattenMap(into, "Integration parameter mapping", integration.requestParameters);
  flattenMap(into, "Request mapping template", integration.requestTemplates);
  for (const key of integration.cacheKeyParameters) into.set(`Cache key parameter ${key}`, "yes");
  for (const response of Object.values(integration.integrationResponses)) flattenIntegrationResponse(into, response);
}

function flattenIntegrationResponse(into: Flat, response: IntegrationResponseDefinition) {
  const prefix = `Integration response ${response.statusCode}`;
  into.set(prefix, "present");
  into.set(`${prefix} selection pattern`, response.selectionPattern || "(default)");
  if (response.contentHandling) into.set(`${prefix} content handling`, response.contentHandling);
  flattenMap(into, `${prefix} header mapping`, response.responseParameters);
  flattenMap(into, `${prefix} template`, response.responseTemplates);
}

function flattenMethodResponse(into: Flat, response: MethodResponseDefinition) {
  const prefix = `Method response ${response.statusCode}`;
  into.set(prefix, "present");
  flattenMap(into, `${prefix} header`, response.responseParameters, requiredOrOptional);
  flattenMap(into, `${prefix} model`, response.responseModels);
}

function flatten(method: MethodDefinition): Flat {
  const flat: Flat = new Map();
  flat.set("Authorization", method.authorizationType);
  if (method.authorizerId) flat.set("Authorizer", method.authorizerId);
  if (method.authorizationScopes.length > 0) flat.set("Authorization scopes", [...method.authorizationScopes].sort().join(", "));
  flat.set("API key required", method.apiKeyRequired ? "yes" : "no");
  if (method.operationName) flat.set("Operation name", method.operationName);
  if (method.requestValidatorId) flat.set("Request validator", method.requestValidatorId);
  flattenMap(flat, "Request parameter", method.requestParameters, requiredOrOptional);
  flattenMap(flat, "Request model", method.requestModels);
  if (method.integration) flattenIntegration(flat, method.integration);
  for (const response of Object.values(method.methodResponses)) flattenMethodResponse(flat, response);
  return flat;
}

/** Every field that differs between two versions of a method, in a stable order, with both values. */
export function diffMethods(before: MethodDefinition, after: MethodDefinition): MethodFieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  // The edited version's order first, so a change reads in the order of the form; removed fields follow.
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  return fields
    .filter((field) => a.get(field) !== b.get(field))
    .map((field) => ({ field, before: a.get(field) ?? null, after: b.get(field) ?? null }));
}

/** A one-line description of a change, e.g. "Timeout: 29000 ms → 5000 ms" or "Method response 404 added". */
export function describeChange({ field, before, after }: MethodFieldChange): string {
  if (before === null) return after === "present" ? `${field} added` : `${field} added: ${short(after)}`;
  if (after === null) return `${field} removed`;
  return `${field}: ${short(before)} → ${short(after)}`;
}

function short(value: string | null): string {
  if (value === null) return "";
  const oneLine = value.replace(/\s+/g, " ").trim();
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}
