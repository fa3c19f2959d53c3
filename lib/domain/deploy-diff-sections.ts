// How an OpenAPI document (GetExport oas30 + apigateway extensions) breaks into the objects a deploy diff names.
import { isJsonObject, withoutKeys, type JsonObject } from "./openapi-json";
import { ANY_METHOD_KEY } from "./openapi-from-snapshot";

export type DiffObjectKind = "resource" | "method" | "integration" | "mapping-template" | "model" | "authorizer" | "gateway-response" | "validator" | "api-setting";

/** One comparable object: a stable key, a label a person reads, its kind and its value. */
export interface DiffEntry {
  kind: DiffObjectKind;
  key: string;
  label: string;
  value: unknown;
  /** The key of the object this one belongs to (a method's resource, a template's method). */
  parent?: string;
}

const verbs = ["get", "put", "post", "delete", "options", "head", "patch", ANY_METHOD_KEY];
// Values AWS fills in when none was set: an explicit default and an absent value are the same API.
const integrationDefaults: JsonObject = { timeoutInMillis: 29000, passthroughBehavior: "when_no_match", connectionType: "INTERNET" };

const objectAt = (value: unknown, key: string): JsonObject => (isJsonObject(value) && isJsonObject(value[key]) ? (value[key] as JsonObject) : {});
const verbLabel = (verb: string) => (verb === ANY_METHOD_KEY ? "ANY" : verb.toUpperCase());

function withoutDefaults(integration: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(integration).filter(([key, value]) => integrationDefaults[key] !== value));
}

function sortedParameters(operation: JsonObject): JsonObject {
  const parameters = Array.isArray(operation.parameters) ? [...(operation.parameters as JsonObject[])] : [];
  parameters.sort((a, b) => `${String(a.in)}:${String(a.name)}`.localeCompare(`${String(b.in)}:${String(b.name)}`));
  return parameters.length > 0 ? { ...operation, parameters } : operation;
}

function templateEntries(integration: JsonObject, methodKey: string, methodLabel: string): DiffEntry[] {
  const entries: DiffEntry[] = Object.entries(objectAt(integration, "requestTemplates")).map(([type, text]) => ({
    kind: "mapping-template",
    key: `${methodKey} request ${type}`,
    label: `${methodLabel} · request template ${type}`,
    value: text,
    parent: methodKey,
  }));
  for (const [pattern, response] of Object.entries(objectAt(integration, "responses"))) {
    for (const [type, text] of Object.entries(objectAt(response, "responseTemplates"))) {
      entries.push({ kind: "mapping-template", key: `${methodKey} response ${pattern} ${type}`, label: `${methodLabel} · response template ${pattern} ${type}`, value: text, parent: methodKey });
    }
  }
  return entries;
}

function stripTemplates(integration: JsonObject): JsonObject {
  const rest = withoutKeys(integration, ["requestTemplates", "responses"]);
  const responses = objectAt(integration, "responses");
  const bare = Object.entries(responses).map(([pattern, response]) => [pattern, withoutKeys(response as JsonObject, ["responseTemplates"])]);
  return withoutDefaults(bare.length > 0 ? { ...rest, responses: Object.fromEntries(bare) } : rest);
}

function methodEntries(path: string, verb: string, operation: JsonObject): DiffEntry[] {
  const key = `${verbLabel(verb)} ${path}`;
  const { "x-amazon-apigateway-integration": integration, ...rest } = operation;
  const entries: DiffEntry[] = [{ kind: "method", key, label: key, value: sortedParameters(rest), parent: path }];
  if (isJsonObject(integration)) {
    entries.push({ kind: "integration", key: `${key} integration`, label: `${key} · integration`, value: stripTemplates(integration), parent: key });
    entries.push(...templateEntries(integration, key, key));
  }
  return entries;
}

function pathEntries(document: JsonObject): DiffEntry[] {
  return Object.entries(objectAt(document, "paths")).flatMap(([path, item]) => {
    const methods = Object.entries(isJsonObject(item) ? item : {}).filter(([verb, operation]) => verbs.includes(verb) && isJsonObject(operation));
    return [{ kind: "resource" as const, key: path, label: path, value: path }, ...methods.flatMap(([verb, operation]) => methodEntries(path, verb, operation as JsonObject))];
  });
}

function mapEntries(kind: DiffObjectKind, map: JsonObject, labelOf: (name: string) => string): DiffEntry[] {
  return Object.entries(map).map(([name, value]) => ({ kind, key: `${kind} ${name}`, label: labelOf(name), value }));
}

function authorizerSchemes(schemes: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(schemes).filter(([, scheme]) => isJsonObject(scheme) && scheme["x-amazon-apigateway-authorizer"] !== undefined));
}

const apiSettingKeys = ["x-amazon-apigateway-binary-media-types", "x-amazon-apigateway-api-key-source", "x-amazon-apigateway-minimum-compression-size", "x-amazon-apigateway-policy"];
const apiSettingLabels: Record<string, string> = {
  "x-amazon-apigateway-binary-media-types": "Binary media types",
  "x-amazon-apigateway-api-key-source": "API key source",
  "x-amazon-apigateway-minimum-compression-size": "Minimum compression size",
  "x-amazon-apigateway-policy": "Resource policy",
};

/** Every object of a document a deploy diff compares, keyed so the same object in two documents meets. */
export function diffEntries(document: JsonObject): DiffEntry[] {
  const components = objectAt(document, "components");
  // HEADER is the API key source of an API that never chose one; AWS may leave it out.
  const settings = apiSettingKeys
    .map((key) => ({ key, value: document[key] ?? (key === "x-amazon-apigateway-api-key-source" ? "HEADER" : undefined) }))
    .filter(({ value }) => value !== undefined)
    .map(({ key, value }) => ({ kind: "api-setting" as const, key, label: apiSettingLabels[key]!, value }));
  return [
    ...pathEntries(document),
    ...mapEntries("model", objectAt(components, "schemas"), (name) => `Model ${name}`),
    // api_key and sigv4 schemes follow from methods' settings, which the method entries already compare.
    ...mapEntries("authorizer", authorizerSchemes(objectAt(components, "securitySchemes")), (name) => `Authorizer ${name}`),
    ...mapEntries("gateway-response", objectAt(document, "x-amazon-apigateway-gateway-responses"), (name) => `Gateway response ${name}`),
    ...mapEntries("validator", objectAt(document, "x-amazon-apigateway-request-validators"), (name) => `Request validator ${name}`),
    ...settings,
  ];
}
