// x-amazon-apigateway-integration: the integration as AWS exports it (lower-case type and passthrough behaviour,
// integration responses keyed by selection pattern, "default" for the one without).
import type { Integration, IntegrationResponse } from "./types";
import { compact, type JsonObject } from "./openapi-shared";

function exportIntegrationResponse(response: IntegrationResponse): JsonObject {
  return compact({
    statusCode: response.statusCode,
    responseParameters: response.responseParameters,
    responseTemplates: response.responseTemplates,
    contentHandling: response.contentHandling,
  });
}

/** Defaults AWS leaves out: the 29 s timeout and the cache namespace PutIntegration gives every integration (its resource id). */
export function exportIntegration(integration: Integration, resourceId: string): JsonObject {
  const responses = Object.values(integration.integrationResponses ?? {});
  return compact({
    type: integration.type.toLowerCase(),
    httpMethod: integration.httpMethod,
    uri: integration.uri,
    connectionType: integration.connectionType,
    connectionId: integration.connectionId,
    credentials: integration.credentials,
    requestParameters: integration.requestParameters,
    requestTemplates: integration.requestTemplates,
    passthroughBehavior: integration.passthroughBehavior?.toLowerCase(),
    contentHandling: integration.contentHandling,
    timeoutInMillis: integration.timeoutInMillis === 29_000 ? undefined : integration.timeoutInMillis,
    cacheNamespace: integration.cacheNamespace === resourceId ? undefined : integration.cacheNamespace,
    cacheKeyParameters: integration.cacheKeyParameters,
    tlsConfig: integration.tlsConfig,
    responses: Object.fromEntries(responses.map((r) => [r.selectionPattern ?? "default", exportIntegrationResponse(r)])),
  });
}
