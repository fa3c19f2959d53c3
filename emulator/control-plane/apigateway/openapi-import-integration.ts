// x-amazon-apigateway-integration back to an Integration.
import type { Integration, IntegrationResponse } from "./types";
import { isObject, type JsonObject } from "./openapi-shared";
import { connectionTypeFor } from "./connection-type";

const integrationTypes = ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"] as const;
const passthroughBehaviors = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] as const;
const contentHandlings = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] as const;

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const strMap = (value: unknown): Record<string, string> | undefined =>
  isObject(value) ? (Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)])) as Record<string, string>) : undefined;
function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const upper = typeof value === "string" ? value.toUpperCase() : undefined;
  return (allowed as readonly string[]).includes(upper ?? "") ? (upper as T) : undefined;
}

function importIntegrationResponses(responses: unknown): Record<string, IntegrationResponse> | undefined {
  if (!isObject(responses)) return undefined;
  const out: Record<string, IntegrationResponse> = {};
  for (const [pattern, raw] of Object.entries(responses)) {
    if (!isObject(raw)) continue;
    const statusCode = String(raw.statusCode ?? "200");
    out[statusCode] = {
      statusCode,
      selectionPattern: pattern === "default" ? undefined : pattern,
      responseParameters: strMap(raw.responseParameters),
      responseTemplates: strMap(raw.responseTemplates),
      contentHandling: pick(raw.contentHandling, contentHandlings),
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Returns the integration, or a warning saying why it was left out. */
export function importIntegration(raw: JsonObject, where: string): Integration | string {
  const type = pick(raw.type, integrationTypes);
  if (!type) return `Unable to put integration on ${where}: Invalid integration type ${String(raw.type)}`;
  const timeout = typeof raw.timeoutInMillis === "number" ? raw.timeoutInMillis : 29000;
  const cacheKeyParameters = Array.isArray(raw.cacheKeyParameters) ? raw.cacheKeyParameters.map(String) : [];
  return {
    type,
    httpMethod: str(raw.httpMethod)?.toUpperCase(),
    uri: str(raw.uri),
    connectionType: connectionTypeFor(type, pick(raw.connectionType, ["INTERNET", "VPC_LINK"] as const)),
    connectionId: str(raw.connectionId),
    credentials: str(raw.credentials),
    requestParameters: strMap(raw.requestParameters),
    requestTemplates: strMap(raw.requestTemplates),
    passthroughBehavior: pick(raw.passthroughBehavior, passthroughBehaviors) ?? "WHEN_NO_MATCH",
    contentHandling: pick(raw.contentHandling, contentHandlings),
    timeoutInMillis: timeout,
    cacheNamespace: str(raw.cacheNamespace),
    cacheKeyParameters,
    integrationResponses: importIntegrationResponses(raw.responses),
    tlsConfig: isObject(raw.tlsConfig) ? { insecureSkipVerification: raw.tlsConfig.insecureSkipVerification === true } : undefined,
  };
}
