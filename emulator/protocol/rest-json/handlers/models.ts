import type { RestHandlers } from "../rest-request";
import { optionalString, paginate, patchOperations, requiredString } from "../input";
import {
  createModel,
  deleteModel,
  getModel,
  getModelTemplate,
  getModels,
  updateModel,
} from "../../../control-plane/apigateway/models";

export const modelsHandlers: RestHandlers = {
  CreateModel: (request, ctx) =>
    createModel(ctx, request.params.restapi_id!, {
      name: requiredString(request, "name"),
      contentType: requiredString(request, "contentType"),
      description: optionalString(request, "description"),
      schema: optionalString(request, "schema"),
    }),
  GetModels: (request, ctx) => paginate(request, getModels(ctx, request.params.restapi_id!)),
  GetModel: (request, ctx) =>
    getModel(ctx, request.params.restapi_id!, request.params.model_name!, request.query.get("flatten") === "true"),
  UpdateModel: (request, ctx) => updateModel(ctx, request.params.restapi_id!, request.params.model_name!, patchOperations(request)),
  DeleteModel: (request, ctx) => deleteModel(ctx, request.params.restapi_id!, request.params.model_name!),
  GetModelTemplate: (request, ctx) => getModelTemplate(ctx, request.params.restapi_id!, request.params.model_name!),
};
