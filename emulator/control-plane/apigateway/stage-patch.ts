// UpdateStage's stage-level patch paths (facts §3.2). Method-setting paths live in method-settings.ts.
import { badRequest } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { PatchRules } from "./patch";
import { parseBoolean } from "./rest-apis";
import { withCacheClusterEnabled, withCacheClusterSize } from "./cache-cluster";
import { checkAccessLogDestination, checkAccessLogFormat } from "./access-log-settings";
import { withVariable } from "./stage-variables";
import { methodSettingPatchRules } from "./method-settings";
import { requirePointedDeployment } from "./deployment-lookup";
import { requireClientCertificate } from "./client-certificates";
import { requireDocumentationVersion } from "./documentation-versions";
import { cacheClusterSizes, type CacheClusterSize, type CanarySettings, type StoredStage } from "./stage-types";

// Canary promotion is the only copy a stage takes: each target copies from its one canary source.
const copySources: Readonly<Record<string, string>> = {
  "/deploymentId": "/canarySettings/deploymentId",
  "/variables": "/canarySettings/stageVariableOverrides",
};

/**
 * Refuses any copy other than the two promotions, before any operation applies. AWS's text is recorded for a
 * copy to /canarySettings/stageVariableOverrides from /variables; its path and from are assumed to vary.
 */
export function checkStageCopies(operations: readonly PatchOperation[]): void {
  for (const { op, path, from } of operations) {
    if (op !== "copy" || copySources[path] === from) continue;
    const targets = Object.keys(copySources).join(", ");
    throw badRequest(
      `Invalid copy operation with path: ${path} and from ${from ?? "null"}. Valid copy:path are [${targets}] and valid copy:from are [${Object.values(copySources).join(", ")}]`,
    );
  }
}

/** The stage's canary, which a promotion needs (AWS's text as LocalStack recorded it). */
function promotedCanary(stage: StoredStage): CanarySettings {
  if (!stage.canarySettings) throw badRequest("Promotion not available. Canary does not exist.");
  return stage.canarySettings;
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
    "/deploymentId": { ops: ["replace", "copy"], apply: (stage, value, op) => {
      const id = op === "copy" ? promotedCanary(stage).deploymentId : value;
      return { ...stage, deploymentId: requirePointedDeployment(ctx, restApiId, id) };
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
  "/variables": { ops: ["copy"], apply: (stage) => {
    let variables = stage.variables;
    for (const [name, value] of Object.entries(promotedCanary(stage).stageVariableOverrides ?? {})) variables = withVariable(variables, name, value);
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
    "/canarySettings/deploymentId": { ops: ["replace", "add"], apply: (stage, value, op) => {
      if (op === "add") throw badRequest("Invalid add operation with path: /canarySettings/deploymentId"); // AWS's text, recorded 2025
      return withCanary(stage, { deploymentId: requirePointedDeployment(ctx, restApiId, value) });
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
