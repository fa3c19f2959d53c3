import type { RestHandlers } from "../rest-request";
import { oneOf, optionalBoolean, optionalNumber, optionalString, optionalStringList, optionalStringMap, paginate, patchOperations, requiredString } from "../input";
import { createRestApi, deleteRestApi, getRestApis, requireRestApi, updateRestApi } from "../../../control-plane/apigateway/rest-apis";
import { withTagsShown } from "../../../control-plane/apigateway/tags-shown";
import { apiKeySources, type EndpointType } from "../../../control-plane/apigateway/types";

export const restApisHandlers: RestHandlers = {
  CreateRestApi: (request, ctx) => {
    // Shape and enum values were checked against the model (input-validation.ts).
    const endpoint = (request.body.endpointConfiguration ?? undefined) as
      | { types?: EndpointType[] | null; vpcEndpointIds?: string[] | null; ipAddressType?: string | null }
      | undefined;
    return createRestApi(ctx, {
      name: requiredString(request, "name"),
      description: optionalString(request, "description"),
      version: optionalString(request, "version"),
      cloneFrom: optionalString(request, "cloneFrom"),
      binaryMediaTypes: optionalStringList(request, "binaryMediaTypes"),
      // A string size gets AWS's range message (recorded 2025), as an out-of-range number does.
      minimumCompressionSize: typeof request.body.minimumCompressionSize === "string" ? Number.NaN : optionalNumber(request, "minimumCompressionSize"),
      apiKeySource: oneOf(request, "apiKeySource", optionalString(request, "apiKeySource"), apiKeySources),
      endpointConfiguration: endpoint
        ? { types: endpoint.types ?? undefined, vpcEndpointIds: endpoint.vpcEndpointIds ?? undefined, ipAddressType: endpoint.ipAddressType ?? undefined }
        : undefined,
      policy: optionalString(request, "policy"),
      tags: optionalStringMap(request, "tags"),
      disableExecuteApiEndpoint: optionalBoolean(request, "disableExecuteApiEndpoint"),
    });
  },
  GetRestApis: (request, ctx) => paginate(request, getRestApis(ctx)),
  GetRestApi: (request, ctx) => withTagsShown(requireRestApi(ctx, request.params.restapi_id!)),
  UpdateRestApi: (request, ctx) => updateRestApi(ctx, request.params.restapi_id!, patchOperations(request)),
  DeleteRestApi: (request, ctx) => deleteRestApi(ctx, request.params.restapi_id!),
};
