// Deployments: immutable snapshots of an API's working copy, which stages serve.
import { badRequest } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { epochSeconds, type OpContext } from "../op-context";
import { newId } from "../ids";
import { captureApiSnapshot, type ApiSnapshot } from "./api-snapshot";
import { applyPatch, type PatchRules } from "./patch";
import { requireRestApi } from "./rest-apis";
import { tables } from "./tables";
import { requireDeployment } from "./deployment-lookup";
import { deployToStage, requireStage, stageWire, type DeployToStageInput } from "./stages";
import type { ApiSummary, Deployment, Stage, StoredDeployment, StoredStage } from "./stage-types";

export { requireDeployment };

const deployments = (ctx: OpContext) => ctx.state.table<StoredDeployment>(tables.deployments);

export interface CreateDeploymentInput extends Omit<DeployToStageInput, "stageName" | "description"> {
  stageName?: string;
  stageDescription?: string;
  description?: string;
}

function summarize(snapshot: ApiSnapshot): ApiSummary {
  const summary: ApiSummary = {};
  for (const resource of snapshot.resources) {
    const methods = Object.entries(resource.resourceMethods ?? {});
    if (methods.length === 0) continue;
    summary[resource.path] = Object.fromEntries(
      methods.map(([verb, method]) => [verb, { authorizationType: method.authorizationType, apiKeyRequired: method.apiKeyRequired }]),
    );
  }
  return summary;
}

/** Without embed=apisummary, GetDeployment leaves the summary out; the snapshot never leaves the sandbox. */
export function deploymentWire(deployment: StoredDeployment, embedSummary = false): Deployment {
  const wire: Deployment & Partial<StoredDeployment> = { ...deployment };
  delete wire.snapshot;
  if (!embedSummary) delete wire.apiSummary;
  return wire;
}

export function createDeployment(ctx: OpContext, restApiId: string, input: CreateDeploymentInput): Deployment {
  const snapshot = captureApiSnapshot(ctx, restApiId);
  if (!snapshot.resources.some((resource) => Object.keys(resource.resourceMethods ?? {}).length > 0)) {
    throw badRequest("The REST API doesn't contain any methods");
  }
  // AWS's text, recorded 2025 (no space after "specified." in AWS's own answer).
  if (input.canarySettings && !input.stageName) {
    throw badRequest(`Invalid deployment content specified.Non null and non empty stageName must be provided for canary deployment. Provided value is ${input.stageName ?? "null"}`);
  }
  let id = newId();
  while (deployments(ctx).has(restApiId, id)) id = newId();
  const deployment: StoredDeployment = {
    id,
    description: input.description || undefined,
    createdDate: epochSeconds(ctx.now),
    apiSummary: summarize(snapshot),
    snapshot,
  };
  deployments(ctx).put(restApiId, id, deployment);
  if (input.stageName !== undefined) {
    deployToStage(ctx, restApiId, id, { ...input, stageName: input.stageName, description: input.stageDescription });
  }
  return deploymentWire(deployment);
}

export function getDeployment(ctx: OpContext, restApiId: string, deploymentId: string, embedSummary: boolean): Deployment {
  return deploymentWire(requireDeployment(ctx, restApiId, deploymentId), embedSummary);
}

export function getDeployments(ctx: OpContext, restApiId: string): Deployment[] {
  requireRestApi(ctx, restApiId);
  return deployments(ctx).list(restApiId).map((deployment) => deploymentWire(deployment));
}

const deploymentPatchRules: PatchRules<StoredDeployment> = {
  "/description": { ops: ["replace"], apply: (deployment, value) => ({ ...deployment, description: value || undefined }) },
};

export function updateDeployment(ctx: OpContext, restApiId: string, deploymentId: string, operations: PatchOperation[]): Deployment {
  const updated = applyPatch(requireDeployment(ctx, restApiId, deploymentId), operations, deploymentPatchRules);
  return deploymentWire(deployments(ctx).put(restApiId, deploymentId, updated));
}

export function deleteDeployment(ctx: OpContext, restApiId: string, deploymentId: string): void {
  requireDeployment(ctx, restApiId, deploymentId);
  const inUse = ctx.state
    .table<StoredStage>(tables.stages)
    .list(restApiId)
    .some((stage) => stage.deploymentId === deploymentId || stage.canarySettings?.deploymentId === deploymentId);
  if (inUse) throw badRequest("Active stages pointing to this deployment must be moved or deleted");
  deployments(ctx).delete(restApiId, deploymentId);
}

export interface StageSnapshot {
  readonly stage: Stage;
  readonly snapshot: ApiSnapshot;
  /** The canary's deployment, when the stage has a canary. */
  readonly canarySnapshot?: ApiSnapshot;
  /** Epoch ms of the last FlushStageCache / FlushStageAuthorizersCache: cache entries older than this are stale. */
  readonly cacheFlushedAt?: number;
  readonly authorizersCacheFlushedAt?: number;
}

/** What a stage serves right now, for the data plane and GetExport. Throws NotFoundException like GetStage. */
export function stageSnapshot(ctx: OpContext, restApiId: string, stageName: string): StageSnapshot {
  const stored = requireStage(ctx, restApiId, stageName);
  const snapshot = requireDeployment(ctx, restApiId, stored.deploymentId).snapshot;
  const canaryId = stored.canarySettings?.deploymentId;
  const canarySnapshot = canaryId === undefined ? undefined : deployments(ctx).get(restApiId, canaryId)?.snapshot;
  return {
    stage: stageWire(ctx, stored),
    snapshot,
    ...(canarySnapshot ? { canarySnapshot } : {}),
    ...(stored.cacheFlushedAt !== undefined ? { cacheFlushedAt: stored.cacheFlushedAt } : {}),
    ...(stored.authorizersCacheFlushedAt !== undefined ? { authorizersCacheFlushedAt: stored.authorizersCacheFlushedAt } : {}),
  };
}
