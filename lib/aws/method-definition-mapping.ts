import "server-only";
import type { Integration, IntegrationResponse, Method, MethodResponse } from "@aws-sdk/client-api-gateway";
import {
  authorizationTypes,
  contentHandlings,
  integrationTypes,
  passthroughBehaviors,
  type IntegrationDefinition,
  type IntegrationResponseDefinition,
  type MethodDefinition,
  type MethodResponseDefinition,
} from "@/lib/domain/method-definition";

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

function sortedRecord<V>(record: Record<string, V> | undefined): Record<string, V> {
  return Object.fromEntries(Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b)));
}

/** Mapping templates by content type; AWS answers an empty template as null, which the editor shows as empty. */
function templates(record: Record<string, string | null> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([type, text]) => [type, text ?? ""]));
}

function sortedByStatus<S, D>(record: Record<string, S> | undefined, map: (code: string, value: S) => D): Record<string, D> {
  return Object.fromEntries(Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([code, value]) => [code, map(code, value)]));
}

function toIntegrationResponse(statusCode: string, response: IntegrationResponse): IntegrationResponseDefinition {
  return {
    statusCode,
    selectionPattern: response.selectionPattern ?? "",
    responseParameters: sortedRecord(response.responseParameters),
    responseTemplates: templates(response.responseTemplates),
    contentHandling: response.contentHandling ? oneOf(contentHandlings, response.contentHandling, "CONVERT_TO_TEXT") : null,
  };
}

function toIntegration(integration: Integration): IntegrationDefinition {
  return {
    type: oneOf(integrationTypes, integration.type, "MOCK"),
    httpMethod: integration.type === "MOCK" ? null : (integration.httpMethod ?? null),
    uri: integration.uri ?? "",
    passthroughBehavior: oneOf(passthroughBehaviors, integration.passthroughBehavior, "WHEN_NO_MATCH"),
    timeoutInMillis: integration.timeoutInMillis ?? 29_000,
    credentials: integration.credentials ?? "",
    contentHandling: integration.contentHandling ? oneOf(contentHandlings, integration.contentHandling, "CONVERT_TO_TEXT") : null,
    requestParameters: sortedRecord(integration.requestParameters),
    requestTemplates: templates(integration.requestTemplates),
    cacheKeyParameters: [...(integration.cacheKeyParameters ?? [])].sort(),
    integrationResponses: sortedByStatus(integration.integrationResponses, toIntegrationResponse),
  };
}

function toMethodResponse(statusCode: string, response: MethodResponse): MethodResponseDefinition {
  return { statusCode, responseParameters: sortedRecord(response.responseParameters), responseModels: sortedRecord(response.responseModels) };
}

/** Reshapes GetMethod's output into the editor's definition, with maps sorted so two reads compare equal. */
export function toMethodDefinition(method: Method): MethodDefinition {
  return {
    httpMethod: method.httpMethod ?? "",
    authorizationType: oneOf(authorizationTypes, method.authorizationType, "NONE"),
    authorizerId: method.authorizerId ?? null,
    authorizationScopes: [...(method.authorizationScopes ?? [])].sort(),
    apiKeyRequired: method.apiKeyRequired ?? false,
    operationName: method.operationName ?? "",
    requestValidatorId: method.requestValidatorId ?? null,
    requestParameters: sortedRecord(method.requestParameters),
    requestModels: sortedRecord(method.requestModels),
    integration: method.methodIntegration ? toIntegration(method.methodIntegration) : null,
    methodResponses: sortedByStatus(method.methodResponses, toMethodResponse),
  };
}
