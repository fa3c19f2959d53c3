// Stages: a name that points at a deployment, with the settings the data plane applies when serving it.
import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { epochSeconds, type OpContext } from "../op-context";
import { applyPatch } from "./patch";
import { requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import { cacheClusterStatus, withCacheClusterEnabled, withCacheClusterSize } from "./cache-cluster";
import { requireDeployment, requirePointedDeployment } from "./deployment-lookup";
import { checkStageVariables } from "./stage-variables";
import { checkStageCopies, stagePatchRules } from "./stage-patch";
import { invalidStagePatchPath } from "./method-settings";
import { checkLoggingRole } from "./logging-role";
import { domainsMappingTo } from "./base-path-mappings";
import { dropApiStages } from "./usage-plan-api-stages";
import { requireDocumentationVersion } from "./documentation-versions";
import type { CacheClusterSize, CanarySettings, Stage, StoredStage } from "./stage-types";
import { createdTags } from "./tags";

const stageNamePattern = /^[A-Za-z0-9_-]{1,128}$/;

const stages = (ctx: OpContext) => ctx.state.table<StoredStage>(tables.stages);

/** The wire shape: the cache status derived for now, bookkeeping left out. */
export function stageWire(ctx: OpContext, stored: StoredStage): Stage {
  const wire: Stage & Partial<StoredStage> = { ...stored, cacheClusterStatus: cacheClusterStatus(stored, ctx.now, ctx.config.cacheClusterDelayMs) };
  delete wire.cacheClusterChangedAt;
  delete wire.cacheFlushedAt;
  delete wire.authorizersCacheFlushedAt;
  return wire;
}

export function requireStage(ctx: OpContext, restApiId: string, stageName: string): StoredStage {
  requireRestApi(ctx, restApiId);
  const stage = stages(ctx).get(restApiId, stageName);
  if (!stage) throw notFound("Invalid Stage identifier specified");
  return stage;
}

export interface StageSettingsInput {
  description?: string;
  cacheClusterEnabled?: boolean;
  cacheClusterSize?: CacheClusterSize;
  variables?: Record<string, string>;
  tracingEnabled?: boolean;
}

export interface CreateStageInput extends StageSettingsInput {
  stageName: string;
  deploymentId: string;
  documentationVersion?: string;
  canarySettings?: CanarySettings;
  tags?: Record<string, string>;
}

function checkCanaryDeployment(ctx: OpContext, restApiId: string, canary: CanarySettings | undefined, fallback: string): CanarySettings | undefined {
  if (!canary) return undefined;
  const deploymentId = requirePointedDeployment(ctx, restApiId, canary.deploymentId ?? fallback);
  checkStageVariables(canary.stageVariableOverrides);
  const percent = canary.percentTraffic ?? 0;
  if (percent < 0 || percent > 100) throw badRequest(`Invalid canary percentTraffic ${percent}: must be between 0.0 and 100.0`);
  return { percentTraffic: percent, deploymentId, stageVariableOverrides: canary.stageVariableOverrides, useStageCache: canary.useStageCache ?? false };
}

/** Applies the settings CreateStage and CreateDeployment share to a stage, new or existing. */
function withSettings(ctx: OpContext, stage: StoredStage, input: StageSettingsInput): StoredStage {
  checkStageVariables(input.variables);
  let next: StoredStage = { ...stage };
  if (input.description !== undefined) next.description = input.description || undefined;
  if (input.tracingEnabled !== undefined) next.tracingEnabled = input.tracingEnabled;
  if (input.variables) next.variables = { ...stage.variables, ...input.variables };
  if (input.cacheClusterSize !== undefined) next = withCacheClusterSize(next, input.cacheClusterSize, ctx.now);
  if (input.cacheClusterEnabled !== undefined) next = withCacheClusterEnabled(next, input.cacheClusterEnabled, ctx.now);
  checkStageVariables(next.variables);
  return next;
}

function newStage(ctx: OpContext, restApiId: string, stageName: string, deploymentId: string): StoredStage {
  // AWS's text as users report it (Miserlou/Zappa#356, serverless/serverless#4737, klothoplatform/klotho#235, 2016-2023):
  // it still omits the hyphen AWS now allows; the same answer past the documented 128 characters is UNCONFIRMED.
  if (!stageNamePattern.test(stageName)) throw badRequest("Stage name only allows a-zA-Z0-9_");
  if (stages(ctx).has(restApiId, stageName)) throw conflict("Stage already exists");
  if (stages(ctx).count(restApiId) >= ctx.config.quotas.stagesPerApi) {
    throw limitExceeded(`Cannot create more than ${ctx.config.quotas.stagesPerApi} stages in a REST API`);
  }
  const now = epochSeconds(ctx.now);
  return { stageName, deploymentId, cacheClusterEnabled: false, methodSettings: {}, tracingEnabled: false, createdDate: now, lastUpdatedDate: now };
}

export function createStage(ctx: OpContext, restApiId: string, input: CreateStageInput): Stage {
  requireDeployment(ctx, restApiId, input.deploymentId);
  if (input.documentationVersion) requireDocumentationVersion(ctx, restApiId, input.documentationVersion);
  const base = newStage(ctx, restApiId, input.stageName, input.deploymentId);
  const stage: StoredStage = {
    ...withSettings(ctx, base, input),
    documentationVersion: input.documentationVersion,
    canarySettings: checkCanaryDeployment(ctx, restApiId, input.canarySettings, input.deploymentId),
    tags: createdTags(input.tags),
  };
  return stageWire(ctx, stages(ctx).put(restApiId, stage.stageName, stage));
}

export interface DeployToStageInput extends StageSettingsInput {
  stageName: string;
  canarySettings?: CanarySettings;
}

/**
 * CreateDeployment's stage side: a canary deployment goes to the existing stage's canary; otherwise the
 * stage is re-pointed at the deployment, or created.
 */
export function deployToStage(ctx: OpContext, restApiId: string, deploymentId: string, input: DeployToStageInput): void {
  const existing = stages(ctx).get(restApiId, input.stageName);
  if (input.canarySettings) {
    if (!existing) throw badRequest(`Invalid deployment content specified.Stage ${input.stageName} must already be created before making a canary release deployment`);
    const canarySettings = checkCanaryDeployment(ctx, restApiId, { ...input.canarySettings, deploymentId }, deploymentId);
    saveStage(ctx, restApiId, { ...existing, canarySettings });
    return;
  }
  const stage = existing ? { ...existing, deploymentId } : newStage(ctx, restApiId, input.stageName, deploymentId);
  saveStage(ctx, restApiId, withSettings(ctx, stage, input));
}

function saveStage(ctx: OpContext, restApiId: string, stage: StoredStage): StoredStage {
  return stages(ctx).put(restApiId, stage.stageName, { ...stage, lastUpdatedDate: epochSeconds(ctx.now) });
}

export function getStage(ctx: OpContext, restApiId: string, stageName: string): Stage {
  return stageWire(ctx, requireStage(ctx, restApiId, stageName));
}

/** GetStages is not paginated; deploymentId narrows it to the stages serving that deployment. */
export function getStages(ctx: OpContext, restApiId: string, deploymentId?: string): Stage[] {
  requireRestApi(ctx, restApiId);
  return stages(ctx)
    .list(restApiId)
    .filter((stage) => deploymentId === undefined || stage.deploymentId === deploymentId)
    .map((stage) => stageWire(ctx, stage));
}

export function updateStage(ctx: OpContext, restApiId: string, stageName: string, operations: PatchOperation[]): Stage {
  const current = requireStage(ctx, restApiId, stageName);
  checkStageCopies(operations);
  const updated = applyPatch(current, operations, stagePatchRules(ctx, restApiId), invalidStagePatchPath);
  checkLoggingRole(ctx, operations);
  return stageWire(ctx, saveStage(ctx, restApiId, updated));
}

/** A stage a base path mapping points at cannot go; one a usage plan lists leaves the plan with it. */
export function deleteStage(ctx: OpContext, restApiId: string, stageName: string): void {
  requireStage(ctx, restApiId, stageName);
  const domains = domainsMappingTo(ctx, restApiId, stageName);
  // Observed AWS message, cut short after "Please remove all base p" (hashicorp/terraform-provider-aws#41651);
  // the rest follows DeleteRestApi's wording and is UNCONFIRMED.
  if (domains.length > 0) {
    throw badRequest(`Deleting stage ${stageName} failed. Please remove all base path mappings related to the stage in your domains: ${domains.join(", ")}`);
  }
  dropApiStages(ctx, restApiId, stageName);
  stages(ctx).delete(restApiId, stageName);
}

/** Marks every cached response older than now as stale; the data plane compares entry times with it. */
export function flushStageCache(ctx: OpContext, restApiId: string, stageName: string): void {
  const stage = requireStage(ctx, restApiId, stageName);
  stages(ctx).put(restApiId, stageName, { ...stage, cacheFlushedAt: ctx.now });
}

export function flushStageAuthorizersCache(ctx: OpContext, restApiId: string, stageName: string): void {
  const stage = requireStage(ctx, restApiId, stageName);
  stages(ctx).put(restApiId, stageName, { ...stage, authorizersCacheFlushedAt: ctx.now });
}
