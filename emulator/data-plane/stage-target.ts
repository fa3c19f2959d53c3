import type { ScopeState, Store } from "../store/store";
import type { SandboxConfig } from "../config";
import type { OpContext } from "../control-plane/op-context";
import { tables } from "../control-plane/apigateway/tables";
import type { RestApi } from "../control-plane/apigateway/types";
import { stageSnapshot, type StageSnapshot } from "../control-plane/apigateway/deployments";
import { AwsError } from "../protocol/aws-error";
import type { StageTarget } from "./invocation-context";

/** One object for every stage without method settings, so resolved settings stay cached between requests. */
const NO_METHOD_SETTINGS = Object.freeze({});

export interface FoundStage {
  readonly scope: ScopeState;
  readonly target: StageTarget;
}

/** What the data plane knows of the caller when it reads a stage: nothing but where the API lives. */
export function scopeContext(scope: ScopeState, config: SandboxConfig, requestId: string, now: number): OpContext {
  return { state: scope, accountId: scope.accountId, region: scope.region, requestId, now, config };
}

function readStage(ctx: OpContext, apiId: string, stageName: string): StageSnapshot | undefined {
  try {
    return stageSnapshot(ctx, apiId, stageName);
  } catch (error) {
    if (error instanceof AwsError && error.type === "NotFoundException") return undefined;
    throw error;
  }
}

/**
 * Finds the stage a data-plane request names. The URL carries no account or region, so every scope is
 * searched for the API id and stage (a custom domain's request, only the domain's scope). A canary takes percentTraffic of the requests, with its own deployment and
 * stage variable overrides.
 */
export function findStage(
  store: Store,
  config: SandboxConfig,
  where: { apiId: string; stageName: string; requestId: string; now: number; scope?: ScopeState },
  random: () => number,
): FoundStage | undefined {
  // A custom domain's mappings name APIs of its own account and region only.
  for (const scope of where.scope ? [where.scope] : store.allScopes()) {
    const restApi = scope.table<RestApi>(tables.restApis).get("", where.apiId);
    if (!restApi) continue;
    const served = readStage(scopeContext(scope, config, where.requestId, where.now), where.apiId, where.stageName);
    // A pinned id (_custom_id_) may exist in several regions: keep looking for the one with this stage.
    if (!served) continue;
    const { stage, canarySnapshot } = served;
    const canary = stage.canarySettings;
    const toCanary = canarySnapshot !== undefined && random() * 100 < (canary?.percentTraffic ?? 0);
    return {
      scope,
      target: {
        accountId: scope.accountId,
        region: scope.region,
        restApi,
        stageName: stage.stageName,
        deploymentId: toCanary ? canary!.deploymentId! : stage.deploymentId,
        snapshot: toCanary ? canarySnapshot : served.snapshot,
        stageVariables: { ...stage.variables, ...(toCanary ? canary?.stageVariableOverrides : undefined) },
        methodSettings: stage.methodSettings ?? NO_METHOD_SETTINGS,
        cacheAvailable: stage.cacheClusterStatus === "AVAILABLE" && (!toCanary || canary?.useStageCache === true),
        cacheFlushedAt: served.cacheFlushedAt,
        authorizersCacheFlushedAt: served.authorizersCacheFlushedAt,
        accessLogFormat: stage.accessLogSettings?.format,
        canary: toCanary,
      },
    };
  }
  return undefined;
}
