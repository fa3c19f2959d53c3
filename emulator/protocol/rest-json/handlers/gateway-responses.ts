import type { RestHandlers, RestRequest } from "../rest-request";
import { oneOf, optionalString, optionalStringMap, paginate, patchOperations } from "../input";
import {
  deleteGatewayResponse,
  getGatewayResponse,
  getGatewayResponses,
  putGatewayResponse,
  updateGatewayResponse,
} from "../../../control-plane/apigateway/gateway-responses";
import { gatewayResponseTypes, type GatewayResponseType } from "../../../control-plane/apigateway/gateway-response-defaults";

const responseType = (request: RestRequest): GatewayResponseType =>
  oneOf(request, "responseType", request.params.response_type!, gatewayResponseTypes)!;

export const gatewayResponsesHandlers: RestHandlers = {
  GetGatewayResponses: (request, ctx) => paginate(request, getGatewayResponses(ctx, request.params.restapi_id!)),
  GetGatewayResponse: (request, ctx) => getGatewayResponse(ctx, request.params.restapi_id!, responseType(request)),
  PutGatewayResponse: (request, ctx) =>
    putGatewayResponse(ctx, request.params.restapi_id!, responseType(request), {
      statusCode: optionalString(request, "statusCode"),
      responseParameters: optionalStringMap(request, "responseParameters"),
      responseTemplates: optionalStringMap(request, "responseTemplates"),
    }),
  UpdateGatewayResponse: (request, ctx) =>
    updateGatewayResponse(ctx, request.params.restapi_id!, responseType(request), patchOperations(request)),
  DeleteGatewayResponse: (request, ctx) => deleteGatewayResponse(ctx, request.params.restapi_id!, responseType(request)),
};
