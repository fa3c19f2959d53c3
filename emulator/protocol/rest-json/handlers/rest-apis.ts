import type { RestHandlers } from "../rest-request";
import { oneOf, optionalBoolean, optionalNumber, optionalString, optionalStringList, optionalStringMap, paginate, patchOperations, requiredString } from "../input";
import { createRestApi, deleteRestApi, getRestApis, requireRestApi, updateRestApi } from "../../../control-plane/apigateway/rest-apis";
import { apiKeySources, endpointTypes } from "../../../control-plane/apigateway/types";
import { badRequest } from "../../aws-error";

export const restApisHandlers: RestHandlers = {
  CreateRestApi: (request, ctx) => {
    const endpoint = request.body.endpointConfiguration as { types?: unknown; vpcEndpointIds?: unknown } | undefined;
    if (endpoint !== undefined && (typeof endpoint !== "object" || endpoint === null)) throw badRequest("Invalid endpointConfiguration");
    const types = endpoint?.types;
    if (types !== undefined && (!Array.isArray(types) || types.some((type) => !endpointTypes.includes(type)))) {
      throw badRequest(`Invalid endpoint configuration types specified: ${JSON.stringify(types)}. Valid values are EDGE, REGIONAL, PRIVATE`);
    }
    return createRestApi(ctx, {
      name: requiredString(request, "name"),
      description: optionalString(request, "description"),
      version: optionalString(request, "version"),
      cloneFrom: optionalString(request, "cloneFrom"),
      binaryMediaTypes: optionalStringList(request, "binaryMediaTypes"),
      minimumCompressionSize: optionalNumber(request, "minimumCompressionSize"),
      apiKeySource: oneOf(request, "apiKeySource", optionalString(request, "apiKeySource"), apiKeySources),
      endpointConfiguration: endpoint ? { types: types as never, vpcEndpointIds: endpoint.vpcEndpointIds as string[] | undefined } : undefined,
      policy: optionalString(request, "policy"),
      tags: optionalStringMap(request, "tags"),
      disableExecuteApiEndpoint: optionalBoolean(request, "disableExecuteApiEndpoint"),
    });
  },
  GetRestApis: (request, ctx) => paginate(request, getRestApis(ctx)),
  GetRestApi: (request, ctx) => requireRestApi(ctx, request.params.restapi_id!),
  UpdateRestApi: (request, ctx) => updateRestApi(ctx, request.params.restapi_id!, patchOperations(request)),
  DeleteRestApi: (request, ctx) => deleteRestApi(ctx, request.params.restapi_id!),
};
