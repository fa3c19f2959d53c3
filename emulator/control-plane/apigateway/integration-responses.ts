import { badRequest, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { nonEmpty, saveMethod, type MethodLocation } from "./methods";
import { requireIntegration } from "./integrations";
import { checkStatusCode } from "./status-codes";
import { withEntry } from "./map-entry";
import type { IntegrationResponse, Method } from "./types";

export interface PutIntegrationResponseInput {
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string | null>;
  contentHandling?: IntegrationResponse["contentHandling"];
}

/**
 * A header can be mapped only when the method response for the same status declares it. AWS accepts an
 * integration response before its method response exists; the mappings are then not checked (UNCONFIRMED).
 */
function checkResponseMappings(method: Method, response: IntegrationResponse): void {
  const methodResponse = method.methodResponses?.[response.statusCode];
  if (!methodResponse) return;
  const declared = methodResponse.responseParameters ?? {};
  for (const key of Object.keys(response.responseParameters ?? {})) {
    if (!(key in declared)) {
      throw badRequest(
        `Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: ${key}]`,
      );
    }
  }
}

// A template is keyed by a media type; AWS refuses any other key in these words (recorded 2025, key "123").
function checkTemplateContentTypes(templates: Readonly<Record<string, unknown>> | undefined): void {
  const invalid = Object.keys(templates ?? {}).find((type) => !/^[^\s/]+\/[^\s/]+$/.test(type));
  if (invalid !== undefined) throw badRequest(`Validation Result: warnings : [], errors : [Invalid content type specified: ${invalid}]`);
}

function saveIntegrationResponses(ctx: OpContext, at: MethodLocation, responses: Record<string, IntegrationResponse>): void {
  const { resource, method, integration } = requireIntegration(ctx, at);
  saveMethod(ctx, at.restApiId, resource, { ...method, methodIntegration: { ...integration, integrationResponses: nonEmpty(responses) } });
}

export function requireIntegrationResponse(ctx: OpContext, at: MethodLocation, statusCode: string) {
  const found = requireIntegration(ctx, at);
  const response = found.integration.integrationResponses?.[statusCode];
  if (!response) throw notFound("Invalid Response status code specified");
  return { ...found, response };
}

/** Puts (or replaces) the integration response for a status, declared by a method response or not (yet). */
export function putIntegrationResponse(ctx: OpContext, at: MethodLocation, statusCode: string, input: PutIntegrationResponseInput): IntegrationResponse {
  const { method, integration } = requireIntegration(ctx, at);
  checkStatusCode(statusCode);
  const response: IntegrationResponse = {
    statusCode,
    selectionPattern: input.selectionPattern,
    // Given maps are echoed, empty ones as {}, absent ones stay out (recorded for templates,
    // test_apigateway_integrations.py::test_put_integration_responses; for parameters UNCONFIRMED).
    responseParameters: input.responseParameters && { ...input.responseParameters },
    responseTemplates: nullForEmpty(input.responseTemplates),
    contentHandling: input.contentHandling,
  };
  checkResponseMappings(method, response);
  checkTemplateContentTypes(response.responseTemplates);
  saveIntegrationResponses(ctx, at, { ...integration.integrationResponses, [statusCode]: response });
  return response;
}

const nullForEmpty = (templates: Record<string, string | null> | undefined) =>
  templates && Object.fromEntries(Object.entries(templates).map(([type, template]) => [type, template || null]));

const integrationResponsePatchRules: PatchRules<IntegrationResponse> = {
  "/selectionPattern": { ops: ["replace"], apply: (r, value) => ({ ...r, selectionPattern: value ?? undefined }) },
  "/contentHandling": { ops: ["replace"], apply: (r, value) => {
    if (value && value !== "CONVERT_TO_BINARY" && value !== "CONVERT_TO_TEXT") throw badRequest(`Invalid content handling specified: ${value}`);
    return { ...r, contentHandling: (value || undefined) as IntegrationResponse["contentHandling"] };
  } },
  "/responseParameters/{name}": { ops: ["add", "replace", "remove"], apply: (r, value, op, [name]) => {
    if (op !== "remove" && !value) throw badRequest("Invalid null or empty value in responseParameters");
    return { ...r, responseParameters: withEntry(r.responseParameters, name!, op === "remove" ? undefined : value) };
  } },
  "/responseTemplates/{contentType}": { ops: ["add", "replace", "remove"], apply: (r, value, op, [contentType]) => ({
    ...r,
    responseTemplates: withEntry<string | null>(r.responseTemplates, contentType!, op === "remove" ? undefined : value || null),
  }) },
};

export function updateIntegrationResponse(ctx: OpContext, at: MethodLocation, statusCode: string, operations: PatchOperation[]): IntegrationResponse {
  const { method, integration, response } = requireIntegrationResponse(ctx, at, statusCode);
  const patched = applyPatch(response, operations, integrationResponsePatchRules);
  checkResponseMappings(method, patched);
  saveIntegrationResponses(ctx, at, { ...integration.integrationResponses, [statusCode]: patched });
  return patched;
}

export function deleteIntegrationResponse(ctx: OpContext, at: MethodLocation, statusCode: string): void {
  const { integration } = requireIntegrationResponse(ctx, at, statusCode);
  const rest = Object.fromEntries(Object.entries(integration.integrationResponses ?? {}).filter(([code]) => code !== statusCode));
  saveIntegrationResponses(ctx, at, rest);
}
