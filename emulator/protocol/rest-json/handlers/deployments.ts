import type { RestHandlers } from "../rest-request";
import { optionalString, paginate, patchOperations } from "../input";
import { canarySettingsInput, stageSettingsInput } from "./stage-input";
import {
  createDeployment,
  deleteDeployment,
  getDeployment,
  getDeployments,
  updateDeployment,
} from "../../../control-plane/apigateway/deployments";

export const deploymentsHandlers: RestHandlers = {
  CreateDeployment: (request, ctx) =>
    createDeployment(ctx, request.params.restapi_id!, {
      ...stageSettingsInput(request),
      stageName: optionalString(request, "stageName"),
      stageDescription: optionalString(request, "stageDescription"),
      description: optionalString(request, "description"),
      canarySettings: canarySettingsInput(request),
    }),
  GetDeployment: (request, ctx) =>
    getDeployment(ctx, request.params.restapi_id!, request.params.deployment_id!, request.query.getAll("embed").includes("apisummary")),
  GetDeployments: (request, ctx) => paginate(request, getDeployments(ctx, request.params.restapi_id!)),
  UpdateDeployment: (request, ctx) => updateDeployment(ctx, request.params.restapi_id!, request.params.deployment_id!, patchOperations(request)),
  DeleteDeployment: (request, ctx) => deleteDeployment(ctx, request.params.restapi_id!, request.params.deployment_id!),
};
