import { badRequest, conflict, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { applyPatch } from "./patch";
import { requireResource } from "./resources";
import { tables } from "./tables";
import type { Method, Resource } from "./types";
import { methodPatchRules } from "./method-patch-rules";
import {
  checkAuthorizationType,
  checkModelNames,
  checkRequestParameters,
  checkRequestValidator,
  withCheckedAuthorizer,
} from "./method-validation";

export const httpMethods = ["GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS", "HEAD", "ANY"] as const;

export interface MethodLocation {
  readonly restApiId: string;
  readonly resourceId: string;
  readonly httpMethod: string;
}

export interface PutMethodInput {
  authorizationType: string;
  authorizerId?: string;
  apiKeyRequired?: boolean;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  requestValidatorId?: string;
  authorizationScopes?: string[];
}

/** The method and the resource it is embedded in; every method-level operation starts here. */
export function requireMethod(ctx: OpContext, at: MethodLocation): { resource: Resource; method: Method } {
  const resource = requireResource(ctx, at.restApiId, at.resourceId);
  const method = resource.resourceMethods?.[at.httpMethod];
  if (!method) throw notFound("Invalid Method identifier specified");
  return { resource, method };
}

/** Methods live inside their Resource: writing one writes a new Resource. */
export function saveMethod(ctx: OpContext, restApiId: string, resource: Resource, method: Method): Method {
  const resourceMethods = { ...resource.resourceMethods, [method.httpMethod]: method };
  ctx.state.table<Resource>(tables.resources).put(restApiId, resource.id, { ...resource, resourceMethods });
  return method;
}

export function putMethod(ctx: OpContext, at: MethodLocation, input: PutMethodInput): Method {
  const resource = requireResource(ctx, at.restApiId, at.resourceId);
  if (!(httpMethods as readonly string[]).includes(at.httpMethod)) {
    throw badRequest(`Invalid HttpMethod specified. Valid options are ${httpMethods.join(",")}`);
  }
  if (resource.resourceMethods?.[at.httpMethod]) throw conflict("Method already exists for this resource");
  checkRequestParameters(input.requestParameters);
  checkRequestValidator(ctx, at.restApiId, input.requestValidatorId);
  checkModelNames(ctx, at.restApiId, input.requestModels);
  const method = withCheckedAuthorizer(ctx, at.restApiId, {
    httpMethod: at.httpMethod,
    authorizationType: checkAuthorizationType(input.authorizationType),
    authorizerId: input.authorizerId,
    apiKeyRequired: input.apiKeyRequired ?? false,
    requestValidatorId: input.requestValidatorId,
    operationName: input.operationName,
    requestParameters: nonEmpty(input.requestParameters),
    requestModels: nonEmpty(input.requestModels),
    authorizationScopes: input.authorizationScopes?.length ? [...input.authorizationScopes] : undefined,
  });
  return saveMethod(ctx, at.restApiId, resource, method);
}

export function updateMethod(ctx: OpContext, at: MethodLocation, operations: PatchOperation[]): Method {
  const { resource, method } = requireMethod(ctx, at);
  const patched = applyPatch(method, operations, methodPatchRules);
  checkRequestParameters(patched.requestParameters);
  checkRequestValidator(ctx, at.restApiId, patched.requestValidatorId);
  checkModelNames(ctx, at.restApiId, patched.requestModels);
  return saveMethod(ctx, at.restApiId, resource, withCheckedAuthorizer(ctx, at.restApiId, patched));
}

export function deleteMethod(ctx: OpContext, at: MethodLocation): void {
  const { resource } = requireMethod(ctx, at);
  const rest = Object.fromEntries(Object.entries(resource.resourceMethods ?? {}).filter(([verb]) => verb !== at.httpMethod));
  const next: Resource = { ...resource, resourceMethods: Object.keys(rest).length ? rest : undefined };
  ctx.state.table<Resource>(tables.resources).put(at.restApiId, resource.id, next);
}

/** AWS leaves out maps that hold nothing. */
export function nonEmpty<T extends object>(map: T | undefined): T | undefined {
  return map && Object.keys(map).length > 0 ? { ...map } : undefined;
}
