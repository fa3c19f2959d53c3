// The working copy as the OpenAPI 3.0.1 document GetExport (oas30, extensions=apigateway) returns for a stage
// serving the same API, so "undeployed changes" is a comparison of two documents of one shape.
import type { ApiSnapshot, SnapshotAuthorizer, SnapshotModel } from "./api-snapshot";
import { compact, mapRefs, type JsonObject } from "./openapi-json";
import { API_KEY_SCHEME, SIGV4_SCHEME, operationFromMethod } from "./openapi-operation-from-snapshot";

export const ANY_METHOD_KEY = "x-amazon-apigateway-any-method";
const canonicalModelPattern = /^https:\/\/apigateway\.amazonaws\.com\/restapis\/[^/]+\/models\/([^/]+)$/;

export interface OpenApiExportOptions {
  /** The stage the document describes: it only appears as the server's basePath default. */
  stageName: string;
  region: string;
  /** info.version when the API has none of its own (AWS uses the deployment's date). */
  fallbackVersion: string;
}

/** A model's JSON schema with canonical model URLs turned into local references and no $schema. */
export function modelSchema(model: SnapshotModel): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(model.schema ?? "{}");
  } catch {
    parsed = {};
  }
  const local = { ...(mapRefs(parsed, (ref) => {
    const name = canonicalModelPattern.exec(ref)?.[1];
    return name ? `#/components/schemas/${name}` : ref;
  }) as JsonObject) };
  delete local.$schema;
  return local;
}

function authorizerScheme(authorizer: SnapshotAuthorizer): JsonObject {
  const header = /^method\.request\.header\.(.+)$/.exec(authorizer.identitySource ?? "")?.[1];
  const named = (authorizer.type === "TOKEN" || authorizer.type === "COGNITO_USER_POOLS") && header;
  const authType = authorizer.authType ?? (authorizer.type === "COGNITO_USER_POOLS" ? "cognito_user_pools" : "custom");
  const extension = compact({
    type: authorizer.type.toLowerCase(),
    authorizerUri: authorizer.authorizerUri,
    authorizerCredentials: authorizer.authorizerCredentials,
    identitySource: authorizer.type === "TOKEN" ? undefined : authorizer.identitySource,
    identityValidationExpression: authorizer.identityValidationExpression,
    authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
    providerARNs: authorizer.providerARNs,
  });
  return { type: "apiKey", name: named ? header : "Unused", in: "header", "x-amazon-apigateway-authtype": authType, "x-amazon-apigateway-authorizer": extension };
}

function securitySchemes(snapshot: ApiSnapshot): JsonObject {
  const methods = snapshot.resources.flatMap((resource) => Object.values(resource.methods));
  const schemes: JsonObject = {};
  if (methods.some((method) => method.apiKeyRequired)) schemes[API_KEY_SCHEME] = { type: "apiKey", name: "x-api-key", in: "header" };
  if (methods.some((method) => method.authorizationType === "AWS_IAM")) {
    schemes[SIGV4_SCHEME] = { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" };
  }
  for (const authorizer of snapshot.authorizers) schemes[authorizer.name] = authorizerScheme(authorizer);
  return schemes;
}

function paths(snapshot: ApiSnapshot): JsonObject {
  // A resource without methods (the bare root of a new API) is not a path in AWS's export.
  const sorted = [...snapshot.resources].filter((resource) => Object.keys(resource.methods).length > 0).sort((a, b) => a.path.localeCompare(b.path));
  return Object.fromEntries(
    sorted.map((resource) => [
      resource.path,
      Object.fromEntries(
        Object.entries(resource.methods).map(([verb, method]) => [
          verb === "ANY" ? ANY_METHOD_KEY : verb.toLowerCase(),
          operationFromMethod(method, resource.id, snapshot.authorizers, snapshot.requestValidators),
        ]),
      ),
    ]),
  );
}

function parsePolicy(policy: string): unknown {
  try {
    return JSON.parse(policy);
  } catch {
    return policy;
  }
}

function apiExtensions(snapshot: ApiSnapshot): JsonObject {
  const api = snapshot.restApi;
  return compact({
    "x-amazon-apigateway-request-validators": Object.fromEntries(
      snapshot.requestValidators.map((v) => [v.name ?? v.id, { validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters }]),
    ),
    "x-amazon-apigateway-gateway-responses": Object.fromEntries(
      snapshot.gatewayResponses.map((r) => [r.responseType, compact({ statusCode: r.statusCode, responseParameters: r.responseParameters, responseTemplates: r.responseTemplates })]),
    ),
    "x-amazon-apigateway-binary-media-types": api.binaryMediaTypes,
    // HEADER is the default: AWS names the source only when it is AUTHORIZER.
    "x-amazon-apigateway-api-key-source": api.apiKeySource === "HEADER" ? undefined : api.apiKeySource,
    "x-amazon-apigateway-minimum-compression-size": api.minimumCompressionSize,
    "x-amazon-apigateway-policy": api.policy ? parsePolicy(api.policy) : undefined,
  });
}

/** The whole OpenAPI 3.0.1 document with API Gateway extensions, as GetExport emits it for a stage. */
export function openApiFromSnapshot(snapshot: ApiSnapshot, options: OpenApiExportOptions): JsonObject {
  const api = snapshot.restApi;
  const host = `${api.id}.execute-api.${options.region}.amazonaws.com`;
  // AWS keeps "components": {} for an API without models or authorizers.
  const components = compact({ schemas: Object.fromEntries(snapshot.models.map((model) => [model.name, modelSchema(model)])), securitySchemes: securitySchemes(snapshot) });
  return {
    ...compact({
      openapi: "3.0.1",
      info: compact({ title: api.name, description: api.description, version: api.version ?? options.fallbackVersion }),
      servers: [{ url: `https://${host}/{basePath}`, variables: { basePath: { default: options.stageName } } }],
      paths: paths(snapshot),
    }),
    components,
    ...apiExtensions(snapshot),
  };
}
