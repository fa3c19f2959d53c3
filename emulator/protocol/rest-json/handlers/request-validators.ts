import type { RestHandlers } from "../rest-request";
import { optionalBoolean, optionalString, paginate, patchOperations } from "../input";
import {
  createRequestValidator,
  deleteRequestValidator,
  getRequestValidators,
  requireRequestValidator,
  updateRequestValidator,
} from "../../../control-plane/apigateway/request-validators";

export const requestValidatorsHandlers: RestHandlers = {
  CreateRequestValidator: (request, ctx) =>
    createRequestValidator(ctx, request.params.restapi_id!, {
      name: optionalString(request, "name"),
      validateRequestBody: optionalBoolean(request, "validateRequestBody"),
      validateRequestParameters: optionalBoolean(request, "validateRequestParameters"),
    }),
  GetRequestValidators: (request, ctx) => paginate(request, getRequestValidators(ctx, request.params.restapi_id!)),
  GetRequestValidator: (request, ctx) => requireRequestValidator(ctx, request.params.restapi_id!, request.params.requestvalidator_id!),
  UpdateRequestValidator: (request, ctx) =>
    updateRequestValidator(ctx, request.params.restapi_id!, request.params.requestvalidator_id!, patchOperations(request)),
  DeleteRequestValidator: (request, ctx) => deleteRequestValidator(ctx, request.params.restapi_id!, request.params.requestvalidator_id!),
};
