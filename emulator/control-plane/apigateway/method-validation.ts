import { badRequest } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { tables } from "./tables";
import type { Authorizer, Method, Model, RequestValidator } from "./types";

// Checks a method's references (models, validator, authorizer) against the API, as PutMethod and UpdateMethod do.

export const authorizationTypes = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"] as const;

const requestParameterPattern = /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.[^.\s][^\s]*$/;

export function checkAuthorizationType(value: string): Method["authorizationType"] {
  if (!(authorizationTypes as readonly string[]).includes(value)) {
    throw badRequest(`Invalid authorization type specified. Valid options are ${authorizationTypes.join(",")}`);
  }
  return value as Method["authorizationType"];
}

/** Model names must name models of this API ("Empty" and "Error" exist from CreateRestApi on). */
export function checkModelNames(ctx: OpContext, restApiId: string, models: Readonly<Record<string, string>> | undefined): void {
  const table = ctx.state.table<Model>(tables.models);
  for (const name of Object.values(models ?? {})) {
    if (!table.has(restApiId, name)) throw badRequest(`Invalid model identifier specified: ${name}`);
  }
}

export function checkRequestValidator(ctx: OpContext, restApiId: string, validatorId: string | undefined): void {
  if (validatorId === undefined) return;
  if (!ctx.state.table<RequestValidator>(tables.requestValidators).has(restApiId, validatorId)) {
    throw badRequest("Invalid Request Validator identifier specified");
  }
}

/** Parameter names are method.request.{location}.{name}; a name may appear in only one location. */
export function checkRequestParameters(parameters: Readonly<Record<string, boolean>> | undefined): void {
  const names = new Set<string>();
  for (const key of Object.keys(parameters ?? {})) {
    if (!requestParameterPattern.test(key)) throw badRequest(`Invalid method request parameter specified: ${key}`);
    const name = key.split(".").slice(3).join(".");
    if (names.has(name)) throw badRequest("Parameter names must be unique across querystring, header and path");
    names.add(name);
  }
}

/**
 * CUSTOM needs a TOKEN or REQUEST authorizer and COGNITO_USER_POOLS a Cognito one; other types keep no
 * authorizer id (AWS ignores one given with them).
 */
export function withCheckedAuthorizer(ctx: OpContext, restApiId: string, method: Method): Method {
  const { authorizationType, authorizerId } = method;
  if (authorizationType !== "CUSTOM" && authorizationType !== "COGNITO_USER_POOLS") {
    return authorizerId === undefined ? method : { ...method, authorizerId: undefined };
  }
  const authorizer = authorizerId === undefined ? undefined : ctx.state.table<Authorizer>(tables.authorizers).get(restApiId, authorizerId);
  const cognito = authorizer?.type === "COGNITO_USER_POOLS";
  if (!authorizer || cognito !== (authorizationType === "COGNITO_USER_POOLS")) {
    throw badRequest(
      "Invalid authorizer ID specified. Setting the authorization type to CUSTOM or COGNITO_USER_POOLS requires a valid authorizer.",
    );
  }
  return method;
}
