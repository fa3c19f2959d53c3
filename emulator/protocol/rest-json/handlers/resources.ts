import type { RestHandlers } from "../rest-request";
import { paginate, patchOperations, requiredString } from "../input";
import {
  createResource,
  deleteResource,
  getResources,
  listWithoutMethodDetails,
  requireResource,
  updateResource,
  withoutMethodDetails,
} from "../../../control-plane/apigateway/resources";

const embedsMethods = (query: URLSearchParams) => query.getAll("embed").some((value) => value.split(",").includes("methods"));

export const resourcesHandlers: RestHandlers = {
  GetResources: (request, ctx) => {
    const resources = getResources(ctx, request.params.restapi_id!);
    return paginate(request, embedsMethods(request.query) ? resources : listWithoutMethodDetails(resources));
  },
  GetResource: (request, ctx) => {
    const resource = requireResource(ctx, request.params.restapi_id!, request.params.resource_id!);
    return embedsMethods(request.query) ? resource : withoutMethodDetails(resource);
  },
  CreateResource: (request, ctx) =>
    createResource(ctx, request.params.restapi_id!, request.params.parent_id!, requiredString(request, "pathPart")),
  UpdateResource: (request, ctx) =>
    updateResource(ctx, request.params.restapi_id!, request.params.resource_id!, patchOperations(request)),
  DeleteResource: (request, ctx) => deleteResource(ctx, request.params.restapi_id!, request.params.resource_id!),
};
