/**
 * What API Gateway keeps of an OpenAPI document, in one shape for OpenAPI 3 and Swagger 2: resources and methods
 * (parameters, auth, validators, request/response models and headers, integrations), models, authorizers,
 * validators, binary media types, gateway responses and API settings. Two documents describe the same API
 * configuration when their essentials are equal; an import loses nothing when the export's essentials contain the source's.
 */
type Json = Record<string, unknown>;
const verbs = ["get", "put", "post", "delete", "options", "head", "patch", "x-amazon-apigateway-any-method"];
const integrationKeys = ["uri", "httpMethod", "requestParameters", "requestTemplates", "timeoutInMillis", "cacheKeyParameters", "contentHandling", "connectionType", "credentials"];

/** The API Gateway configuration a document describes (see the module comment). */
export function openApiEssentials(document: Json): Json {
  const swagger = typeof document.swagger === "string";
  const schemes = swagger ? obj(document.securityDefinitions) : obj(obj(document.components).securitySchemes);
  const schemas = swagger ? obj(document.definitions) : obj(obj(document.components).schemas);
  const defaultValidator = document["x-amazon-apigateway-request-validator"];
  const resources: Json = {};
  for (const [path, item] of Object.entries(obj(document.paths))) {
    const shared = arr(obj(item).parameters);
    for (const verb of verbs) {
      const operation = obj(item)[verb];
      if (!operation) continue;
      resources[`${verb === "x-amazon-apigateway-any-method" ? "ANY" : verb.toUpperCase()} ${path}`] = methodEssentials(obj(operation), shared, schemes, swagger, defaultValidator);
    }
  }
  return withoutUndefined({
    resources,
    models: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, refsToNames(schema)])),
    authorizers: Object.fromEntries(Object.entries(schemes).filter(([, scheme]) => obj(scheme)["x-amazon-apigateway-authorizer"]).map(([name, scheme]) => [name, authorizerEssentials(obj(scheme))])),
    validators: obj(document["x-amazon-apigateway-request-validators"]),
    binaryMediaTypes: [...arr(document["x-amazon-apigateway-binary-media-types"])].sort(),
    gatewayResponses: obj(document["x-amazon-apigateway-gateway-responses"]),
    minimumCompressionSize: document["x-amazon-apigateway-minimum-compression-size"],
    // AWS names the key source only when it is not the default, HEADER.
    apiKeySource: document["x-amazon-apigateway-api-key-source"] ?? "HEADER",
  }) as Json;
}

function methodEssentials(operation: Json, shared: unknown[], schemes: Json, swagger: boolean, defaultValidator: unknown): Json {
  const parameters = [...shared, ...arr(operation.parameters)].map(obj);
  const bodyParameter = parameters.find((parameter) => parameter.in === "body");
  const requestModels = swagger
    ? bodyParameter ? Object.fromEntries(arr(operation.consumes ?? ["application/json"]).map((type) => [type, refName(obj(bodyParameter.schema).$ref)])) : {}
    : Object.fromEntries(Object.entries(obj(obj(operation.requestBody).content)).map(([type, media]) => [type, refName(obj(obj(media).schema).$ref)]));
  return {
    parameters: Object.fromEntries(parameters.filter((parameter) => parameter.in !== "body").map((parameter) => [`${parameter.in}.${parameter.name}`, parameter.required === true])),
    security: arr(operation.security).flatMap((requirement) => Object.entries(obj(requirement)).map(([name, scopes]) => securityKind(name, arr(scopes), obj(schemes[name])))).sort(),
    requestValidator: operation["x-amazon-apigateway-request-validator"] ?? defaultValidator ?? null,
    requestModels,
    responses: Object.fromEntries(Object.entries(obj(operation.responses)).map(([status, response]) => [status, Object.keys(obj(obj(response).headers)).sort()])),
    integration: integrationEssentials(obj(operation["x-amazon-apigateway-integration"])),
  };
}

function integrationEssentials(integration: Json): Json {
  const kept: Json = { type: String(integration.type ?? "").toLowerCase(), passthroughBehavior: integration.passthroughBehavior ? String(integration.passthroughBehavior).toLowerCase() : undefined };
  for (const key of integrationKeys) if (integration[key] !== undefined) kept[key] = integration[key];
  // INTERNET is the default connection type: stating it or not means the same, and AWS's export leaves it out.
  if (kept.connectionType === "INTERNET") delete kept.connectionType;
  kept.responses = obj(integration.responses);
  return kept;
}

function authorizerEssentials(scheme: Json): Json {
  const authorizer = obj(scheme["x-amazon-apigateway-authorizer"]);
  return { ...authorizer, type: String(authorizer.type ?? "").toLowerCase(), authtype: String(scheme["x-amazon-apigateway-authtype"] ?? "").toLowerCase() };
}

/** A security requirement by what it means (names of the API-key and SigV4 schemes are free). */
function securityKind(name: string, scopes: unknown[], scheme: Json): string {
  if (scheme["x-amazon-apigateway-authorizer"]) return `authorizer:${name}${scopes.length ? `:${[...scopes].sort().join(",")}` : ""}`;
  if (String(scheme["x-amazon-apigateway-authtype"]).toLowerCase() === "awssigv4") return "AWS_IAM";
  return "API_KEY";
}

function refsToNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(refsToNames);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === "$ref" ? refName(child) : refsToNames(child)]));
}

function refName(ref: unknown): string | null {
  return typeof ref === "string" ? (ref.split("/").pop() ?? null) : null;
}

/** Absent and undefined are the same to API Gateway; dropping undefined lets a subset comparison ignore defaults. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== undefined).map(([key, child]) => [key, withoutUndefined(child)]));
}

function obj(value: unknown): Json {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
