// One method as GetExport (oas30, apigateway extensions) writes it: parameters, request body, responses,
// security and x-amazon-apigateway-integration. Mirrors the sandbox's export so a fresh deploy compares equal.
import type { SnapshotAuthorizer, SnapshotIntegration, SnapshotMethod, SnapshotMethodResponse, SnapshotRequestValidator } from "./api-snapshot";
import { compact, type JsonObject } from "./openapi-json";

export const API_KEY_SCHEME = "api_key";
export const SIGV4_SCHEME = "sigv4";
const parameterLocations: Record<string, string> = { path: "path", querystring: "query", header: "header" };
const modelRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const stringSchema = { schema: { type: "string" } };

function parameters(method: SnapshotMethod): JsonObject[] {
  return Object.entries(method.requestParameters ?? {}).flatMap(([key, required]) => {
    const match = /^method\.request\.(path|querystring|header)\.(.+)$/.exec(key);
    if (!match) return [];
    const location = parameterLocations[match[1]!]!;
    // AWS's OpenAPI 3 export states `required` only when it is true.
    return [{ name: match[2]!, in: location, ...(location === "path" || required ? { required: true } : {}), ...stringSchema }];
  });
}

function response(methodResponse: SnapshotMethodResponse): JsonObject {
  const headers = Object.keys(methodResponse.responseParameters ?? {})
    .map((key) => /^method\.response\.header\.(.+)$/.exec(key)?.[1])
    .filter((name): name is string => name !== undefined);
  const content = Object.entries(methodResponse.responseModels ?? {}).map(([type, name]) => [type, { schema: modelRef(name) }]);
  // AWS's OpenAPI 3 export keeps an empty content map on a response without models.
  return { ...compact({ description: `${methodResponse.statusCode} response`, headers: Object.fromEntries(headers.map((name) => [name, stringSchema])) }), content: Object.fromEntries(content) };
}

function responses(method: SnapshotMethod): JsonObject {
  const all = Object.values(method.methodResponses ?? {});
  if (all.length === 0) return { default: { description: "Default response" } };
  return Object.fromEntries(all.map((methodResponse) => [methodResponse.statusCode, response(methodResponse)]));
}

/** The timeout PutIntegration gives when none is set; AWS's export leaves it out. */
const defaultTimeoutInMillis = 29_000;

/**
 * x-amazon-apigateway-integration: lower-case type and passthrough, responses keyed by selection pattern; without the
 * defaults AWS leaves out (the 29 s timeout, and the cache namespace every integration gets: its resource id).
 */
export function integrationExtension(integration: SnapshotIntegration, resourceId: string): JsonObject {
  const integrationResponses = Object.values(integration.integrationResponses ?? {}).map((r) => [
    r.selectionPattern ?? "default",
    compact({ statusCode: r.statusCode, responseParameters: r.responseParameters, responseTemplates: r.responseTemplates, contentHandling: r.contentHandling }),
  ]);
  return compact({
    type: integration.type.toLowerCase(),
    httpMethod: integration.httpMethod,
    uri: integration.uri,
    // INTERNET is the default connection type, which AWS's export leaves out.
    connectionType: integration.connectionType === "INTERNET" ? undefined : integration.connectionType,
    connectionId: integration.connectionId,
    credentials: integration.credentials,
    requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates,
    passthroughBehavior: integration.passthroughBehavior?.toLowerCase(),
    contentHandling: integration.contentHandling,
    timeoutInMillis: integration.timeoutInMillis === defaultTimeoutInMillis ? undefined : integration.timeoutInMillis,
    cacheNamespace: integration.cacheNamespace === resourceId ? undefined : integration.cacheNamespace,
    cacheKeyParameters: integration.cacheKeyParameters,
    tlsConfig: integration.tlsConfig,
    responses: Object.fromEntries(integrationResponses),
  });
}

/** One requirement object holding everything the method needs (all must pass, as on API Gateway). */
function security(method: SnapshotMethod, authorizers: readonly SnapshotAuthorizer[]): JsonObject[] | undefined {
  const requirement: JsonObject = {};
  if (method.authorizationType === "AWS_IAM") requirement[SIGV4_SCHEME] = [];
  const authorizer = authorizers.find((candidate) => candidate.id === method.authorizerId);
  if (authorizer && (method.authorizationType === "CUSTOM" || method.authorizationType === "COGNITO_USER_POOLS")) {
    requirement[authorizer.name] = method.authorizationScopes ?? [];
  }
  if (method.apiKeyRequired) requirement[API_KEY_SCHEME] = [];
  return Object.keys(requirement).length > 0 ? [requirement] : undefined;
}

/** The OpenAPI operation for one method, with its security, validator and integration. */
export function operationFromMethod(method: SnapshotMethod, resourceId: string, authorizers: readonly SnapshotAuthorizer[], validators: readonly SnapshotRequestValidator[]): JsonObject {
  const requestModels = Object.entries(method.requestModels ?? {});
  const operation: JsonObject = { operationId: method.operationName, parameters: parameters(method) };
  if (requestModels.length > 0) {
    operation.requestBody = { content: Object.fromEntries(requestModels.map(([type, name]) => [type, { schema: modelRef(name) }])), required: true };
  }
  return compact({
    ...operation,
    responses: responses(method),
    security: security(method, authorizers),
    "x-amazon-apigateway-request-validator": validators.find((candidate) => candidate.id === method.requestValidatorId)?.name,
    "x-amazon-apigateway-integration": method.methodIntegration ? integrationExtension(method.methodIntegration, resourceId) : undefined,
  });
}
