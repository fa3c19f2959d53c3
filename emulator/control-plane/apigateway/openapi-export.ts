// A deployment snapshot as an OpenAPI 3.0.1 or Swagger 2.0 document, with API Gateway's x-amazon-apigateway-*
// extensions when asked for. Pure: GetExport serialises the result.
import type { ApiSnapshot } from "./api-snapshot";
import type { Authorizer, GatewayResponse, Method, Model, RequestValidator, Resource } from "./types";
import { exportIntegration } from "./openapi-export-integration";
import { exportSecuritySchemes, methodSecurity } from "./openapi-export-security";
import { exportOperation } from "./openapi-export-operation";
import {
  ANY_METHOD_KEY,
  canonicalModelPattern,
  compact,
  localModelPrefix,
  mapRefs,
  type JsonObject,
  type OpenApiDialect,
} from "./openapi-shared";

/** Which extension families the caller asked for (GetExport's `extensions` parameter). */
export interface ExportExtensions {
  integrations: boolean;
  authorizers: boolean;
  /** Everything API Gateway-specific: integrations, authorizers, validators, gateway responses, API settings. */
  apigateway: boolean;
}

export interface ExportOptions {
  dialect: OpenApiDialect;
  extensions: ExportExtensions;
  stageName: string;
  region: string;
  /** info.version when the API has no version of its own (AWS uses the deployment's date). */
  fallbackVersion: string;
}

/** Parses GetExport's comma-separated `extensions` value. */
export function parseExtensions(value: string | null | undefined): ExportExtensions {
  const names = new Set((value ?? "").split(",").map((name) => name.trim().toLowerCase()));
  return { integrations: names.has("integrations"), authorizers: names.has("authorizers"), apigateway: names.has("apigateway") };
}

/** A model's stored JSON schema with canonical model URLs turned into local references. */
export function exportModelSchema(model: Model, dialect: OpenApiDialect): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(model.schema ?? "{}");
  } catch {
    parsed = {};
  }
  const schema = { ...(mapRefs(parsed, (ref) => {
    const name = canonicalModelPattern.exec(ref)?.[1];
    return name ? `${localModelPrefix(dialect)}${name}` : ref;
  }) as JsonObject) };
  delete schema.$schema;
  return schema;
}

function exportPaths(snapshot: ApiSnapshot, options: ExportOptions): JsonObject {
  const validators = snapshot.requestValidators as unknown as RequestValidator[];
  const authorizers = snapshot.authorizers as unknown as Authorizer[];
  // A resource without methods (the bare root of a new API) is not a path in AWS's export.
  const sorted = [...snapshot.resources]
    .filter((resource) => Object.keys(resource.resourceMethods ?? {}).length > 0)
    .sort((a, b) => a.path.localeCompare(b.path));
  return Object.fromEntries(sorted.map((resource) => [resource.path, exportPathItem(resource, validators, authorizers, options)]));
}

function exportPathItem(resource: Resource, validators: RequestValidator[], authorizers: Authorizer[], options: ExportOptions): JsonObject {
  const withIntegrations = options.extensions.integrations || options.extensions.apigateway;
  const item: JsonObject = {};
  for (const [verb, method] of Object.entries(resource.resourceMethods ?? {}) as [string, Method][]) {
    const operation = exportOperation(method, options.dialect);
    const validator = validators.find((candidate) => candidate.id === method.requestValidatorId)?.name;
    item[verb === "ANY" ? ANY_METHOD_KEY : verb.toLowerCase()] = compact({
      ...operation,
      security: methodSecurity(method, authorizers),
      "x-amazon-apigateway-request-validator": options.extensions.apigateway ? validator : undefined,
      "x-amazon-apigateway-integration": withIntegrations && method.methodIntegration ? exportIntegration(method.methodIntegration, resource.id) : undefined,
    });
  }
  return item;
}

function exportApiExtensions(snapshot: ApiSnapshot): JsonObject {
  const api = snapshot.restApi;
  const validators = snapshot.requestValidators as unknown as RequestValidator[];
  const responses = snapshot.gatewayResponses as unknown as GatewayResponse[];
  return compact({
    "x-amazon-apigateway-request-validators": Object.fromEntries(
      validators.map((v) => [v.name ?? v.id, { validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters }]),
    ),
    "x-amazon-apigateway-gateway-responses": Object.fromEntries(
      responses.map((r) => [r.responseType, compact({ statusCode: r.statusCode, responseParameters: r.responseParameters, responseTemplates: r.responseTemplates })]),
    ),
    "x-amazon-apigateway-binary-media-types": api.binaryMediaTypes,
    // HEADER is the default: AWS names the source only when it is AUTHORIZER.
    "x-amazon-apigateway-api-key-source": api.apiKeySource === "HEADER" ? undefined : api.apiKeySource,
    "x-amazon-apigateway-minimum-compression-size": api.minimumCompressionSize,
    "x-amazon-apigateway-policy": api.policy ? parsePolicy(api.policy) : undefined,
  });
}

function parsePolicy(policy: string): unknown {
  try {
    return JSON.parse(policy);
  } catch {
    return policy;
  }
}

function exportModels(snapshot: ApiSnapshot, dialect: OpenApiDialect): JsonObject {
  const models = snapshot.models as unknown as Model[];
  return Object.fromEntries(models.map((model) => [model.name, exportModelSchema(model, dialect)]));
}

/** The whole document, in the dialect asked for. */
export function exportOpenApi(snapshot: ApiSnapshot, options: ExportOptions): JsonObject {
  const api = snapshot.restApi;
  const info = compact({ title: api.name, description: api.description, version: api.version ?? options.fallbackVersion });
  const host = `${api.id}.execute-api.${options.region}.amazonaws.com`;
  const withAuthorizers = options.extensions.authorizers || options.extensions.apigateway;
  const schemes = exportSecuritySchemes(snapshot, withAuthorizers);
  const extensions = options.extensions.apigateway ? exportApiExtensions(snapshot) : {};
  const paths = exportPaths(snapshot, options);
  const models = exportModels(snapshot, options.dialect);
  if (options.dialect === "swagger") {
    return compact({ swagger: "2.0", info, host, basePath: `/${options.stageName}`, schemes: ["https"], paths, securityDefinitions: schemes, definitions: models, ...extensions });
  }
  const servers = [{ url: `https://${host}/{basePath}`, variables: { basePath: { default: options.stageName } } }];
  // AWS keeps "components": {} for an API without models or authorizers.
  const components = compact({ schemas: models, securitySchemes: schemes });
  return { ...compact({ openapi: "3.0.1", info, servers, paths }), components, ...extensions };
}
