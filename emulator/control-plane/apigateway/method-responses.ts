import { badRequest, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { parseBoolean } from "./rest-apis";
import { nonEmpty, requireMethod, saveMethod, type MethodLocation } from "./methods";
import { checkModelNames } from "./method-validation";
import { checkStatusCode } from "./status-codes";
import { withEntry } from "./map-entry";
import type { Method, MethodResponse } from "./types";

export interface PutMethodResponseInput {
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

const responseHeaderPattern = /^method\.response\.header\.[^\s.][^\s]*$/;

function checkResponseParameters(parameters: Readonly<Record<string, boolean>> | undefined): void {
  for (const key of Object.keys(parameters ?? {})) {
    if (!responseHeaderPattern.test(key)) throw badRequest(`Invalid method response parameter specified: ${key}`);
  }
}

export function requireMethodResponse(ctx: OpContext, at: MethodLocation, statusCode: string): { method: Method; response: MethodResponse } {
  const { method } = requireMethod(ctx, at);
  const response = method.methodResponses?.[statusCode];
  if (!response) throw notFound("Invalid Response status code specified");
  return { method, response };
}

function saveMethodResponses(ctx: OpContext, at: MethodLocation, methodResponses: Record<string, MethodResponse>): void {
  const { resource, method } = requireMethod(ctx, at);
  saveMethod(ctx, at.restApiId, resource, { ...method, methodResponses: nonEmpty(methodResponses) });
}

export function putMethodResponse(ctx: OpContext, at: MethodLocation, statusCode: string, input: PutMethodResponseInput): MethodResponse {
  const { method } = requireMethod(ctx, at);
  checkStatusCode(statusCode);
  checkResponseParameters(input.responseParameters);
  checkModelNames(ctx, at.restApiId, input.responseModels);
  // A second PUT replaces the response (AWS answers 201 again). AWS echoes the maps it was given, empty ones as {}
  // (test_apigateway_api.py::test_lifecycle_method_response), and leaves out those it was not
  // (test_apigateway_integrations.py::test_put_integration_responses).
  const response: MethodResponse = {
    statusCode,
    responseParameters: input.responseParameters && { ...input.responseParameters },
    responseModels: input.responseModels && { ...input.responseModels },
  };
  saveMethodResponses(ctx, at, { ...method.methodResponses, [statusCode]: response });
  return response;
}

// Replacing or removing an entry the response does not have is a 404 in AWS's words (recorded 2025).
function requireEntry(map: Readonly<Record<string, unknown>> | undefined, key: string, op: string, message: string): void {
  if (op !== "add" && !(map && Object.hasOwn(map, key))) throw notFound(message);
}

const methodResponsePatchRules: PatchRules<MethodResponse> = {
  "/responseParameters/{name}": { ops: ["add", "replace", "remove"], apply: (response, value, op, [name]) => {
    requireEntry(response.responseParameters, name!, op, "Invalid parameter name specified");
    const parameter = op === "remove" ? undefined : value ? parseBoolean(value, "responseParameters") : false;
    return { ...response, responseParameters: withEntry(response.responseParameters, name!, parameter) };
  } },
  "/responseModels/{contentType}": { ops: ["add", "replace", "remove"], apply: (response, value, op, [contentType]) => {
    requireEntry(response.responseModels, contentType!, op, "Content-Type specified was not found");
    if (op !== "remove" && !value) throw badRequest("Invalid null or empty value in responseModels");
    return { ...response, responseModels: withEntry(response.responseModels, contentType!, op === "remove" ? undefined : value) };
  } },
};

export function updateMethodResponse(ctx: OpContext, at: MethodLocation, statusCode: string, operations: PatchOperation[]): MethodResponse {
  const { method, response } = requireMethodResponse(ctx, at, statusCode);
  const patched = applyPatch(response, operations, methodResponsePatchRules);
  checkResponseParameters(patched.responseParameters);
  checkModelNames(ctx, at.restApiId, patched.responseModels);
  saveMethodResponses(ctx, at, { ...method.methodResponses, [statusCode]: patched });
  return patched;
}

export function deleteMethodResponse(ctx: OpContext, at: MethodLocation, statusCode: string): void {
  const { method } = requireMethodResponse(ctx, at, statusCode);
  const rest = Object.fromEntries(Object.entries(method.methodResponses ?? {}).filter(([code]) => code !== statusCode));
  saveMethodResponses(ctx, at, rest);
}
