// x-amazon-apigateway-integration back to an Integration.
import type { Integration, IntegrationResponse } from "./types";
import { isObject, type JsonObject } from "./openapi-shared";
import { connectionTypeFor } from "./connection-type";

const integrationTypes = ["HTTP", "AWS", "MOCK", "HTTP_PROXY", "AWS_PROXY"] as const;
const passthroughBehaviors = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] as const;
const contentHandlings = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] as const;

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Where an integration sits, for AWS's warnings: the resource's path (base path included) and the method's verb. */
export interface IntegrationSite {
  path: string;
  verb: string;
  warn: (message: string) => void;
}

/**
 * A map member whose values must be strings. Each other value is left out with AWS's warning, recorded for
 * requestParameters (localstack test_apigateway_import.snapshot.json, test_import_rest_api_with_base_path_oas30:
 * "Invalid format for 'requestParameters'. Expected type string for property 'integration.request.header.nothing' of
 * resource '/base-url/part/test' and method 'GET' but got 'true'"); the other string maps are taken to say the same.
 * A null template stays null, as PutIntegrationResponse keeps it.
 */
function stringMap(value: unknown, member: string, site: IntegrationSite): Record<string, string> | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === "string" || (entry === null && member === "responseTemplates")) out[key] = entry as string;
    else if (entry !== null) {
      const shown = isObject(entry) || Array.isArray(entry) ? JSON.stringify(entry) : String(entry);
      site.warn(`Invalid format for '${member}'. Expected type string for property '${key}' of resource '${site.path}' and method '${site.verb}' but got '${shown}'`);
    }
  }
  return out;
}
function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  const upper = typeof value === "string" ? value.toUpperCase() : undefined;
  return (allowed as readonly string[]).includes(upper ?? "") ? (upper as T) : undefined;
}

function importIntegrationResponses(responses: unknown, site: IntegrationSite): Record<string, IntegrationResponse> | undefined {
  if (!isObject(responses)) return undefined;
  const out: Record<string, IntegrationResponse> = {};
  for (const [pattern, raw] of Object.entries(responses)) {
    if (!isObject(raw)) continue;
    const statusCode = String(raw.statusCode ?? "200");
    out[statusCode] = {
      statusCode,
      selectionPattern: pattern === "default" ? undefined : pattern,
      responseParameters: stringMap(raw.responseParameters, "responseParameters", site),
      responseTemplates: stringMap(raw.responseTemplates, "responseTemplates", site),
      contentHandling: pick(raw.contentHandling, contentHandlings),
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The integration, or undefined (with a warning) when it cannot be put. */
export function importIntegration(raw: JsonObject, site: IntegrationSite): Integration | undefined {
  const type = pick(raw.type, integrationTypes);
  if (!type) {
    // UNCONFIRMED: AWS's wording, and whether AWS refuses the document instead (as for a malformed integration).
    site.warn(`Unable to put integration on '${site.verb}' for resource at path '${site.path}': Invalid integration type ${String(raw.type)}`);
    return undefined;
  }
  const timeout = typeof raw.timeoutInMillis === "number" ? raw.timeoutInMillis : 29000;
  const cacheKeyParameters = Array.isArray(raw.cacheKeyParameters) ? raw.cacheKeyParameters.map(String) : [];
  return {
    type,
    httpMethod: str(raw.httpMethod)?.toUpperCase(),
    uri: str(raw.uri),
    // HTTP integrations are INTERNET ones unless the document says otherwise, as PutIntegration makes them (localstack
    // test_apigateway_import.snapshot.json, test_import_swagger_api: method-pets-get).
    connectionType: connectionTypeFor(type, pick(raw.connectionType, ["INTERNET", "VPC_LINK"] as const)),
    connectionId: str(raw.connectionId),
    credentials: str(raw.credentials),
    requestParameters: stringMap(raw.requestParameters, "requestParameters", site),
    requestTemplates: stringMap(raw.requestTemplates, "requestTemplates", site),
    passthroughBehavior: pick(raw.passthroughBehavior, passthroughBehaviors) ?? "WHEN_NO_MATCH",
    contentHandling: pick(raw.contentHandling, contentHandlings),
    timeoutInMillis: timeout,
    cacheNamespace: str(raw.cacheNamespace),
    cacheKeyParameters,
    integrationResponses: importIntegrationResponses(raw.responses, site),
    tlsConfig: isObject(raw.tlsConfig) ? { insecureSkipVerification: raw.tlsConfig.insecureSkipVerification === true } : undefined,
  };
}
