import { badRequest } from "../../protocol/aws-error";
import type { PatchRules } from "./patch";
import { parseBoolean } from "./rest-apis";
import type { Method } from "./types";
import { checkAuthorizationType } from "./method-validation";
import { withEntry } from "./map-entry";

// UpdateMethod's patch paths (AWS API reference, "PATCH operations" for Method). References are
// checked once all operations are applied, so an authorizer and its type can change in one call.

function requestParameterValue(value: string | undefined, op: string): boolean | undefined {
  if (op === "remove") return undefined;
  return value === undefined || value === "" ? false : parseBoolean(value, "requestParameters");
}

export const methodPatchRules: PatchRules<Method> = {
  "/authorizationType": { ops: ["replace"], apply: (method, value) => ({ ...method, authorizationType: checkAuthorizationType(value ?? "") }) },
  "/authorizerId": { ops: ["replace"], apply: (method, value) => ({ ...method, authorizerId: value || undefined }) },
  "/apiKeyRequired": { ops: ["replace"], apply: (method, value) => ({ ...method, apiKeyRequired: parseBoolean(value, "apiKeyRequired") }) },
  "/operationName": { ops: ["replace"], apply: (method, value) => ({ ...method, operationName: value || undefined }) },
  // An empty value detaches the validator.
  "/requestValidatorId": { ops: ["replace"], apply: (method, value) => ({ ...method, requestValidatorId: value || undefined }) },
  "/requestParameters/{name}": { ops: ["add", "replace", "remove"], apply: (method, value, op, [name]) => ({
    ...method,
    requestParameters: withEntry(method.requestParameters, name!, requestParameterValue(value, op)),
  }) },
  "/requestModels/{contentType}": { ops: ["add", "replace", "remove"], apply: (method, value, op, [contentType]) => {
    if (op !== "remove" && !value) throw badRequest("Invalid null or empty value in requestModels");
    return { ...method, requestModels: withEntry(method.requestModels, contentType!, op === "remove" ? undefined : value) };
  } },
  "/authorizationScopes": { ops: ["add", "remove"], apply: (method, value, op) => {
    if (!value) throw badRequest("Invalid null or empty value in authorizationScopes");
    const rest = (method.authorizationScopes ?? []).filter((scope) => scope !== value);
    const scopes = op === "add" ? [...rest, value] : rest;
    return { ...method, authorizationScopes: scopes.length ? scopes : undefined };
  } },
};
