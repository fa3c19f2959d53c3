import type { RestHandlers } from "../rest-request";
import { oneOf, optionalNumber, optionalString, optionalStringList, paginate, patchOperations, requiredString } from "../input";
import {
  createAuthorizer,
  deleteAuthorizer,
  getAuthorizers,
  requireAuthorizer,
  updateAuthorizer,
} from "../../../control-plane/apigateway/authorizers";
import { authorizerTypes } from "../../../control-plane/apigateway/types";

export const authorizersHandlers: RestHandlers = {
  CreateAuthorizer: (request, ctx) =>
    createAuthorizer(ctx, request.params.restapi_id!, {
      name: requiredString(request, "name"),
      type: oneOf(request, "type", requiredString(request, "type"), authorizerTypes)!,
      providerARNs: optionalStringList(request, "providerARNs"),
      authType: optionalString(request, "authType"),
      authorizerUri: optionalString(request, "authorizerUri"),
      authorizerCredentials: optionalString(request, "authorizerCredentials"),
      identitySource: optionalString(request, "identitySource"),
      identityValidationExpression: optionalString(request, "identityValidationExpression"),
      authorizerResultTtlInSeconds: optionalNumber(request, "authorizerResultTtlInSeconds"),
    }),
  GetAuthorizers: (request, ctx) => paginate(request, getAuthorizers(ctx, request.params.restapi_id!)),
  GetAuthorizer: (request, ctx) => requireAuthorizer(ctx, request.params.restapi_id!, request.params.authorizer_id!),
  UpdateAuthorizer: (request, ctx) =>
    updateAuthorizer(ctx, request.params.restapi_id!, request.params.authorizer_id!, patchOperations(request)),
  DeleteAuthorizer: (request, ctx) => deleteAuthorizer(ctx, request.params.restapi_id!, request.params.authorizer_id!),
};
