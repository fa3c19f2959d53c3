// An OpenAPI 2.0 or 3.0 document (already parsed and validated) read as an API Gateway definition. Pure.
import type { GatewayResponse } from "./types";
import type { ImportedDefinition, ImportedMethod, ImportedResource, ImportOptions } from "./openapi-import-types";
import { importIntegration } from "./openapi-import-integration";
import { importAuthorization, importAuthorizers } from "./openapi-import-security";
import { importMethodResponses, importRequestModels, importRequestParameters } from "./openapi-import-operation";
import { importModels, modelReferences, type ModelReferences } from "./openapi-import-models";
import { refuseMalformedIntegrations } from "./openapi-integration-shape";
import { ANY_METHOD_KEY, compact, isObject, localModelPrefix, openApiVerbs, type JsonObject, type OpenApiDialect } from "./openapi-shared";

interface ReadContext {
  doc: JsonObject;
  dialect: OpenApiDialect;
  refs: ModelReferences;
  schemes: JsonObject;
  authorizers: ImportedDefinition["authorizers"];
  warnings: string[];
}

export function dialectOf(doc: JsonObject): OpenApiDialect {
  return doc.swagger === "2.0" ? "swagger" : "oas30";
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function readMethod(read: ReadContext, verb: string, path: string, operation: JsonObject, shared: JsonObject[]): ImportedMethod {
  const own = Array.isArray(operation.parameters) ? operation.parameters.filter(isObject) : [];
  const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
  const warn = (message: string) => read.warnings.push(message);
  const consumes = strings(operation.consumes ?? read.doc.consumes);
  const produces = strings(operation.produces ?? read.doc.produces);
  const validator = operation["x-amazon-apigateway-request-validator"] ?? read.doc["x-amazon-apigateway-request-validator"];
  const rawIntegration = operation["x-amazon-apigateway-integration"];
  const integration = isObject(rawIntegration) ? importIntegration(rawIntegration, { path, verb, warn }) : undefined;
  return compact({
    httpMethod: verb,
    ...importAuthorization(operation.security ?? read.doc.security, read.schemes, read.authorizers),
    operationName: typeof operation.operationId === "string" ? operation.operationId : undefined,
    requestParameters: importRequestParameters(parameters, warn),
    requestModels: importRequestModels(operation, parameters, consumes, read.refs),
    requestValidatorName: typeof validator === "string" ? validator : undefined,
    methodResponses: importMethodResponses(operation.responses, produces, read.refs),
    methodIntegration: integration,
  }) as ImportedMethod;
}

function readPathItem(read: ReadContext, path: string, item: JsonObject): ImportedResource {
  const shared = Array.isArray(item.parameters) ? item.parameters.filter(isObject) : [];
  const methods: Record<string, ImportedMethod> = {};
  for (const key of [...openApiVerbs, ANY_METHOD_KEY]) {
    const operation = item[key];
    if (!isObject(operation)) continue;
    const verb = key === ANY_METHOD_KEY ? "ANY" : key.toUpperCase();
    methods[verb] = readMethod(read, verb, path, operation, shared);
  }
  return { path, methods };
}

/** The document's base path: Swagger's basePath, or the path of OpenAPI 3's first server URL. */
function basePathOf(doc: JsonObject, dialect: OpenApiDialect): string {
  if (dialect === "swagger") return typeof doc.basePath === "string" ? doc.basePath : "";
  const server = Array.isArray(doc.servers) && isObject(doc.servers[0]) ? doc.servers[0] : undefined;
  if (!server || typeof server.url !== "string") return "";
  const variables = isObject(server.variables) ? server.variables : {};
  const url = server.url.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const variable = variables[name];
    return isObject(variable) && typeof variable.default === "string" ? variable.default : "";
  });
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "");
  return path.startsWith("/") ? path : `/${path}`;
}

/** basepath=prepend keeps the whole base path; split drops its first segment (the stage); ignore drops it all. */
function prefixFor(doc: JsonObject, dialect: OpenApiDialect, options: ImportOptions): string {
  const segments = basePathOf(doc, dialect).split("/").filter(Boolean);
  if (options.basepath === "prepend") return segments.map((s) => `/${s}`).join("");
  if (options.basepath === "split") return segments.slice(1).map((s) => `/${s}`).join("");
  return "";
}

/** Adds the parents of every path so resources can be created top-down. */
function withAncestors(resources: ImportedResource[]): ImportedResource[] {
  const byPath = new Map<string, ImportedResource>([["/", { path: "/", methods: {} }]]);
  for (const resource of resources) {
    const parts = resource.path.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const ancestor = `/${parts.slice(0, i).join("/")}`;
      if (!byPath.has(ancestor)) byPath.set(ancestor, { path: ancestor, methods: {} });
    }
    byPath.set(resource.path, { path: resource.path, methods: { ...byPath.get(resource.path)?.methods, ...resource.methods } });
  }
  return [...byPath.values()].sort((a, b) => a.path.split("/").length - b.path.split("/").length || a.path.localeCompare(b.path));
}

function readResources(read: ReadContext, options: ImportOptions): ImportedResource[] {
  const prefix = prefixFor(read.doc, read.dialect, options);
  const paths = isObject(read.doc.paths) ? read.doc.paths : {};
  const resources = Object.entries(paths)
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([path, item]) => {
      const full = `${prefix}${path === "/" ? "" : path.replace(/\/+$/, "")}` || "/";
      return readPathItem(read, full, item);
    });
  return withAncestors(resources);
}

function readValidators(doc: JsonObject): ImportedDefinition["requestValidators"] {
  const validators = doc["x-amazon-apigateway-request-validators"];
  if (!isObject(validators)) return [];
  return Object.entries(validators).map(([name, raw]) => ({
    name,
    validateRequestBody: isObject(raw) && raw.validateRequestBody === true,
    validateRequestParameters: isObject(raw) && raw.validateRequestParameters === true,
  }));
}

function readGatewayResponses(doc: JsonObject): GatewayResponse[] {
  const responses = doc["x-amazon-apigateway-gateway-responses"];
  if (!isObject(responses)) return [];
  return Object.entries(responses)
    .filter((entry): entry is [string, JsonObject] => isObject(entry[1]))
    .map(([responseType, raw]) => compact({
      responseType,
      statusCode: raw.statusCode === undefined ? undefined : String(raw.statusCode),
      responseParameters: isObject(raw.responseParameters) ? (raw.responseParameters as Record<string, string>) : undefined,
      responseTemplates: isObject(raw.responseTemplates) ? (raw.responseTemplates as Record<string, string>) : undefined,
      defaultResponse: false,
    }));
}

function readApiSettings(doc: JsonObject): ImportedDefinition["api"] {
  const info = isObject(doc.info) ? doc.info : {};
  const rawKeySource = String(doc["x-amazon-apigateway-api-key-source"] ?? "").toUpperCase();
  const keySource: ImportedDefinition["api"]["apiKeySource"] = rawKeySource === "HEADER" || rawKeySource === "AUTHORIZER" ? rawKeySource : undefined;
  const policy = doc["x-amazon-apigateway-policy"];
  const binary = doc["x-amazon-apigateway-binary-media-types"];
  const compression = doc["x-amazon-apigateway-minimum-compression-size"];
  return compact({
    name: typeof info.title === "string" ? info.title : "",
    description: typeof info.description === "string" ? info.description : undefined,
    version: typeof info.version === "string" ? info.version : undefined,
    binaryMediaTypes: Array.isArray(binary) ? binary.map(String) : undefined,
    apiKeySource: keySource,
    minimumCompressionSize: typeof compression === "number" ? compression : undefined,
    policy: policy === undefined ? undefined : typeof policy === "string" ? policy : JSON.stringify(policy),
  });
}

/**
 * Reads the whole document; anything the sandbox cannot represent becomes a warning, models' before methods'.
 * An integration AWS cannot parse refuses the whole document.
 */
export function importOpenApi(doc: JsonObject, options: ImportOptions): ImportedDefinition {
  refuseMalformedIntegrations(doc);
  const dialect = dialectOf(doc);
  const rawSchemes = dialect === "swagger" ? doc.securityDefinitions : isObject(doc.components) ? doc.components.securitySchemes : undefined;
  const schemes = isObject(rawSchemes) ? rawSchemes : {};
  const authorizers = importAuthorizers(schemes);
  const warnings: string[] = [];
  const refs = modelReferences(doc, dialect, (message) => warnings.push(message));
  const models = importModels(doc, refs);
  const read: ReadContext = { doc, dialect, refs, schemes, authorizers, warnings };
  const resources = readResources(read, options);
  return {
    api: readApiSettings(doc),
    resources,
    models,
    requestValidators: readValidators(doc),
    authorizers,
    gatewayResponses: readGatewayResponses(doc),
    warnings: read.warnings,
  };
}

/** Local model references become the canonical URLs API Gateway stores, once the API id is known. */
export function canonicalizeModelRefs(schema: string, dialect: OpenApiDialect, restApiId: string): string {
  const prefix = localModelPrefix(dialect);
  return schema.split(`"${prefix}`).join(`"https://apigateway.amazonaws.com/restapis/${restApiId}/models/`);
}
