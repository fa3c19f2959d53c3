// UpdateStage's stage-level patch paths (facts §3.2). Method-setting paths live in method-settings.ts.
import { badRequest } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import type { PatchRules } from "./patch";
import { parseBoolean } from "./rest-apis";
import { withCacheClusterEnabled, withCacheClusterSize } from "./cache-cluster";
import { checkAccessLogDestination, checkAccessLogFormat } from "./access-log-settings";
import { withVariable } from "./stage-variables";
import { methodSettingPatchRules } from "./method-settings";
import { findDeployment, requireDeployment } from "./deployment-lookup";
import { requireClientCertificate } from "./client-certificates";
import { requireDocumentationVersion } from "./documentation-versions";
import { cacheClusterSizes, type CacheClusterSize, type CanarySettings, type StoredStage } from "./stage-types";

function requireFrom(from: string | undefined, expected: string): void {
  if (from !== expected) throw badRequest(`Invalid copy source ${from ?? "null"}: expected ${expected}`);
}

/** A canary patched into being starts on the stage's own deployment with no traffic. */
function canaryOf(stage: StoredStage): CanarySettings {
  return stage.canarySettings ?? { deploymentId: stage.deploymentId, percentTraffic: 0, useStageCache: false };
}

function parsePercent(value: string | undefined): number {
  const percent = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw badRequest(`Invalid canary percentTraffic ${value ?? "null"}: must be between 0.0 and 100.0`);
  }
  return percent;
}

function stageFieldRules(ctx: OpContext, restApiId: string): PatchRules<StoredStage> {
  return {
    "/description": { ops: ["replace"], apply: (stage, value) => ({ ...stage, description: value || undefined }) },
    "/documentationVersion": { ops: ["replace"], apply: (stage, value) => {
      if (value) requireDocumentationVersion(ctx, restApiId, value);
      return { ...stage, documentationVersion: value || undefined };
    } },
    "/tracingEnabled": { ops: ["replace"], apply: (stage, value) => ({ ...stage, tracingEnabled: parseBoolean(value, "tracingEnabled") }) },
    "/clientCertificateId": { ops: ["replace"], apply: (stage, value) => {
      if (value) requireClientCertificate(ctx, value);
      return { ...stage, clientCertificateId: value || undefined };
    } },
    // Rollback is a replace; canary promotion copies the canary's deployment over the stage's.
    "/deploymentId": { ops: ["replace", "copy"], apply: (stage, value, op, _c, operation) => {
      if (op === "copy") requireFrom(operation.from, "/canarySettings/deploymentId");
      const id = op === "copy" ? stage.canarySettings?.deploymentId : value;
      if (!id) throw badRequest("The stage has no canary deployment to copy");
      requireDeployment(ctx, restApiId, id);
      return { ...stage, deploymentId: id };
    } },
    "/cacheClusterEnabled": { ops: ["replace"], apply: (stage, value) => withCacheClusterEnabled(stage, parseBoolean(value, "cacheClusterEnabled"), ctx.now) },
    "/cacheClusterSize": { ops: ["replace"], apply: (stage, value) => {
      if (!cacheClusterSizes.includes(value as CacheClusterSize)) {
        throw badRequest(`Invalid cache cluster size ${value ?? "null"}. Valid values are ${cacheClusterSizes.join(", ")}`);
      }
      return withCacheClusterSize(stage, value as CacheClusterSize, ctx.now);
    } },
  };
}

const variableRules: PatchRules<StoredStage> = {
  "/variables/{name}": { ops: ["add", "replace", "remove"], apply: (stage, value, op, [name]) => {
    if (op !== "remove" && value === undefined) throw badRequest(`Invalid value for stage variable ${name}: null`);
    return { ...stage, variables: withVariable(stage.variables, name!, op === "remove" ? undefined : value) };
  } },
  // Promotion: copy the canary's overrides into the stage variables.
  "/variables": { ops: ["copy"], apply: (stage, _value, _op, _c, operation) => {
    requireFrom(operation.from, "/canarySettings/stageVariableOverrides");
    let variables = stage.variables;
    for (const [name, value] of Object.entries(stage.canarySettings?.stageVariableOverrides ?? {})) variables = withVariable(variables, name, value);
    return { ...stage, variables };
  } },
};

const accessLogRules: PatchRules<StoredStage> = {
  "/accessLogSettings": { ops: ["remove"], apply: (stage) => ({ ...stage, accessLogSettings: undefined }) },
  // AWS accepts add as well as replace here (Terraform and the console send either).
  "/accessLogSettings/destinationArn": { ops: ["add", "replace"], apply: (stage, value) => ({
    ...stage, accessLogSettings: { ...stage.accessLogSettings, destinationArn: checkAccessLogDestination(value) },
  }) },
  "/accessLogSettings/format": { ops: ["add", "replace"], apply: (stage, value) => ({
    ...stage, accessLogSettings: { ...stage.accessLogSettings, format: checkAccessLogFormat(value) },
  }) },
};

function canaryRules(ctx: OpContext, restApiId: string): PatchRules<StoredStage> {
  const withCanary = (stage: StoredStage, change: Partial<CanarySettings>): StoredStage => ({ ...stage, canarySettings: { ...canaryOf(stage), ...change } });
  return {
    "/canarySettings": { ops: ["remove"], apply: (stage) => ({ ...stage, canarySettings: undefined }) },
    "/canarySettings/percentTraffic": { ops: ["replace"], apply: (stage, value) => withCanary(stage, { percentTraffic: parsePercent(value) }) },
    "/canarySettings/useStageCache": { ops: ["replace"], apply: (stage, value) => withCanary(stage, { useStageCache: parseBoolean(value, "useStageCache") }) },
    "/canarySettings/deploymentId": { ops: ["replace"], apply: (stage, value) => {
      if (!findDeployment(ctx, restApiId, value ?? "")) throw badRequest("Deployment id does not exist");
      return withCanary(stage, { deploymentId: value });
    } },
    "/canarySettings/stageVariableOverrides/{name}": { ops: ["add", "replace", "remove"], apply: (stage, value, op, [name]) => {
      const overrides = withVariable(canaryOf(stage).stageVariableOverrides, name!, op === "remove" ? undefined : (value ?? ""));
      return withCanary(stage, { stageVariableOverrides: overrides });
    } },
  };
}

/** Every path UpdateStage accepts, for one stage of one API. */
export function stagePatchRules(ctx: OpContext, restApiId: string): PatchRules<StoredStage> {
  return { ...stageFieldRules(ctx, restApiId), ...variableRules, ...accessLogRules, ...canaryRules(ctx, restApiId), ...methodSettingPatchRules };
}
