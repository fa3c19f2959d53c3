import type { RestHandlers, RestRequest } from "../rest-request";
import { optionalBoolean, optionalString, optionalStringList, optionalStringMap, patchOperations, requiredString } from "../input";
import { badRequest } from "../../aws-error";
import { deleteMethod, putMethod, requireMethod, updateMethod, type MethodLocation } from "../../../control-plane/apigateway/methods";
import {
  deleteMethodResponse,
  putMethodResponse,
  requireMethodResponse,
  updateMethodResponse,
} from "../../../control-plane/apigateway/method-responses";

/** The method a request's path names. */
export const methodLocation = (request: RestRequest): MethodLocation => ({
  restApiId: request.params.restapi_id!,
  resourceId: request.params.resource_id!,
  httpMethod: request.params.http_method!,
});

/** Maps of parameter name to "required" (MapOfStringToBoolean in the model). */
export function optionalBooleanMap(request: RestRequest, member: string): Record<string, boolean> | undefined {
  const value = request.body[member];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value) || Object.values(value).some((v) => typeof v !== "boolean")) {
    throw badRequest(`Invalid value for ${member}: expected a map of booleans`);
  }
  return value as Record<string, boolean>;
}

export const methodsHandlers: RestHandlers = {
  PutMethod: (request, ctx) =>
    putMethod(ctx, methodLocation(request), {
      authorizationType: requiredString(request, "authorizationType"),
      authorizerId: optionalString(request, "authorizerId"),
      apiKeyRequired: optionalBoolean(request, "apiKeyRequired"),
      operationName: optionalString(request, "operationName"),
      requestParameters: optionalBooleanMap(request, "requestParameters"),
      requestModels: optionalStringMap(request, "requestModels"),
      requestValidatorId: optionalString(request, "requestValidatorId"),
      authorizationScopes: optionalStringList(request, "authorizationScopes"),
    }),
  GetMethod: (request, ctx) => requireMethod(ctx, methodLocation(request)).method,
  UpdateMethod: (request, ctx) => updateMethod(ctx, methodLocation(request), patchOperations(request)),
  DeleteMethod: (request, ctx) => deleteMethod(ctx, methodLocation(request)),
  PutMethodResponse: (request, ctx) =>
    putMethodResponse(ctx, methodLocation(request), request.params.status_code!, {
      responseParameters: optionalBooleanMap(request, "responseParameters"),
      responseModels: optionalStringMap(request, "responseModels"),
    }),
  GetMethodResponse: (request, ctx) => requireMethodResponse(ctx, methodLocation(request), request.params.status_code!).response,
  UpdateMethodResponse: (request, ctx) =>
    updateMethodResponse(ctx, methodLocation(request), request.params.status_code!, patchOperations(request)),
  DeleteMethodResponse: (request, ctx) => deleteMethodResponse(ctx, methodLocation(request), request.params.status_code!),
};
