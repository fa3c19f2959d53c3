import type { RestHandlers } from "../rest-request";
import { optionalString, optionalStringMap, patchOperations, requiredString } from "../input";
import { canarySettingsInput, stageSettingsInput } from "./stage-input";
import {
  createStage,
  deleteStage,
  flushStageAuthorizersCache,
  flushStageCache,
  getStage,
  getStages,
  updateStage,
} from "../../../control-plane/apigateway/stages";

export const stagesHandlers: RestHandlers = {
  CreateStage: (request, ctx) =>
    createStage(ctx, request.params.restapi_id!, {
      ...stageSettingsInput(request),
      stageName: requiredString(request, "stageName"),
      deploymentId: requiredString(request, "deploymentId"),
      description: optionalString(request, "description"),
      documentationVersion: optionalString(request, "documentationVersion"),
      canarySettings: canarySettingsInput(request),
      tags: optionalStringMap(request, "tags"),
    }),
  GetStage: (request, ctx) => getStage(ctx, request.params.restapi_id!, request.params.stage_name!),
  GetStages: (request, ctx) => ({ item: getStages(ctx, request.params.restapi_id!, request.query.get("deploymentId") ?? undefined) }),
  UpdateStage: (request, ctx) => updateStage(ctx, request.params.restapi_id!, request.params.stage_name!, patchOperations(request)),
  DeleteStage: (request, ctx) => deleteStage(ctx, request.params.restapi_id!, request.params.stage_name!),
  FlushStageCache: (request, ctx) => flushStageCache(ctx, request.params.restapi_id!, request.params.stage_name!),
  FlushStageAuthorizersCache: (request, ctx) => flushStageAuthorizersCache(ctx, request.params.restapi_id!, request.params.stage_name!),
};
