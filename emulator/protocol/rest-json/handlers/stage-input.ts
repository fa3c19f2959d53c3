// Shape checks for the stage settings CreateStage and CreateDeployment share.
import { badRequest } from "../../aws-error";
import { oneOf, optionalBoolean, optionalString, optionalStringMap } from "../input";
import type { RestRequest } from "../rest-request";
import { cacheClusterSizes, type CanarySettings } from "../../../control-plane/apigateway/stage-types";
import type { StageSettingsInput } from "../../../control-plane/apigateway/stages";

export function stageSettingsInput(request: RestRequest): Omit<StageSettingsInput, "description"> {
  return {
    cacheClusterEnabled: optionalBoolean(request, "cacheClusterEnabled"),
    cacheClusterSize: oneOf(request, "cacheClusterSize", optionalString(request, "cacheClusterSize"), cacheClusterSizes),
    variables: optionalStringMap(request, "variables"),
    tracingEnabled: optionalBoolean(request, "tracingEnabled"),
  };
}

export function canarySettingsInput(request: RestRequest): CanarySettings | undefined {
  const raw = request.body.canarySettings;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "object" || Array.isArray(raw)) throw badRequest("Invalid value for canarySettings: expected an object");
  const canary = raw as Record<string, unknown>;
  const percent = canary.percentTraffic;
  if (percent !== undefined && (typeof percent !== "number" || !Number.isFinite(percent))) {
    throw badRequest("Invalid value for canarySettings.percentTraffic: expected a number");
  }
  const overrides = canary.stageVariableOverrides;
  if (overrides !== undefined && (typeof overrides !== "object" || overrides === null || Object.values(overrides).some((v) => typeof v !== "string"))) {
    throw badRequest("Invalid value for canarySettings.stageVariableOverrides: expected a map of strings");
  }
  if (canary.useStageCache !== undefined && typeof canary.useStageCache !== "boolean") {
    throw badRequest("Invalid value for canarySettings.useStageCache: expected a boolean");
  }
  if (canary.deploymentId !== undefined && typeof canary.deploymentId !== "string") {
    throw badRequest("Invalid value for canarySettings.deploymentId: expected a string");
  }
  return {
    percentTraffic: percent as number | undefined,
    deploymentId: canary.deploymentId as string | undefined,
    stageVariableOverrides: overrides as Record<string, string> | undefined,
    useStageCache: canary.useStageCache as boolean | undefined,
  };
}
