import type { SandboxConfig } from "../config";
import type { ScopeState } from "../store/store";
import { tables } from "../control-plane/apigateway/tables";
import type { RestApi } from "../control-plane/apigateway/types";
import type { StoredDeployment, StoredStage } from "../control-plane/apigateway/stage-types";
import { cacheClusterStatus } from "../control-plane/apigateway/cache-cluster";
import { compileAccessLogFormat } from "./access-log";
import type { DeploymentCache, StageDeployments } from "./deployment-cache";
import type { StageTarget } from "./invocation-context";

/** One object for every stage without method settings, so resolved settings stay cached between requests. */
const NO_METHOD_SETTINGS = Object.freeze({});

/** A target with what its deployment built once. */
export interface ServedTarget {
  readonly target: StageTarget;
  readonly deployment: DeploymentCache;
}

/** A stage as the data plane serves it: its target, and its canary's with the share of traffic it takes. */
export interface ServedStage {
  readonly primary: ServedTarget;
  readonly canary?: ServedTarget & { readonly percentTraffic: number };
}

/** A served stage with the stored records it was built from: any of them replaced means it is out of date. */
interface BuiltStage extends ServedStage {
  readonly restApi: RestApi;
  readonly stored: StoredStage;
  readonly deployment: StoredDeployment;
  readonly canaryDeployment: StoredDeployment | undefined;
  /** Epoch ms when the cache cluster's status changes on its own (a create or delete finishing); Infinity if never. */
  readonly changesAt: number;
  /** The scope's version when the records were last found unchanged: until it moves, they cannot have changed. */
  checkedAt: number;
}

/**
 * The targets of served stages, built once per version of the stored API, stage and deployments and kept
 * until one of them changes: UpdateStage, CreateDeployment to the stage and UpdateRestApi each store a new
 * (frozen) object, which no longer matches. One entry per account, region, API and stage: never shared.
 */
export class StageTargets {
  /** Built stages by scope, API id and stage name. */
  private readonly byScope = new WeakMap<ScopeState, Map<string, Map<string, BuiltStage>>>();

  constructor(private readonly deployments: StageDeployments) {}

  /** The stage as it is stored now; undefined when the API, the stage or its deployment does not exist. */
  served(scope: ScopeState, apiId: string, stageName: string, now: number, config: SandboxConfig): ServedStage | undefined {
    let apis = this.byScope.get(scope);
    const cached = apis?.get(apiId)?.get(stageName);
    // Nothing written to the scope since the records were last compared: the usual case, three lookups fewer.
    if (cached && cached.checkedAt === scope.version && now < cached.changesAt) return cached;
    const restApi = scope.table<RestApi>(tables.restApis).get("", apiId);
    const stored = restApi && scope.table<StoredStage>(tables.stages).get(apiId, stageName);
    const deployments = scope.table<StoredDeployment>(tables.deployments);
    const deployment = stored && deployments.get(apiId, stored.deploymentId);
    if (!restApi || !stored || !deployment) {
      apis?.get(apiId)?.delete(stageName);
      return undefined;
    }
    const canaryId = stored.canarySettings?.deploymentId;
    const canaryDeployment = canaryId === undefined ? undefined : deployments.get(apiId, canaryId);
    if (cached && cached.restApi === restApi && cached.stored === stored && cached.deployment === deployment && cached.canaryDeployment === canaryDeployment && now < cached.changesAt) {
      cached.checkedAt = scope.version;
      return cached;
    }
    if (!apis) this.byScope.set(scope, (apis = new Map()));
    let stages = apis.get(apiId);
    if (!stages) apis.set(apiId, (stages = new Map()));
    const built = this.build(scope, { restApi, stored, deployment, canaryDeployment }, now, config.cacheClusterDelayMs);
    stages.set(stageName, built);
    return built;
  }

  private build(scope: ScopeState, records: Pick<BuiltStage, "restApi" | "stored" | "deployment" | "canaryDeployment">, now: number, delayMs: number): BuiltStage {
    const { restApi, stored, deployment, canaryDeployment } = records;
    const changedAt = stored.cacheClusterChangedAt;
    const cacheAvailable = cacheClusterStatus(stored, now, delayMs) === "AVAILABLE";
    const accessLogFormat = stored.accessLogSettings?.format;
    const base = {
      accountId: scope.accountId,
      region: scope.region,
      restApi,
      stageName: stored.stageName,
      methodSettings: stored.methodSettings ?? NO_METHOD_SETTINGS,
      cacheFlushedAt: stored.cacheFlushedAt,
      authorizersCacheFlushedAt: stored.authorizersCacheFlushedAt,
      accessLogFormat,
      accessLog: accessLogFormat ? compileAccessLogFormat(accessLogFormat) : undefined,
    };
    const served = (target: StageTarget): ServedTarget => ({ target, deployment: this.deployments.for(target) });
    const primary = served({ ...base, deploymentId: deployment.id, snapshot: deployment.snapshot, stageVariables: { ...stored.variables }, cacheAvailable, canary: false });
    const settings = stored.canarySettings;
    const canary =
      settings && canaryDeployment
        ? {
            ...served({
              ...base,
              deploymentId: canaryDeployment.id,
              snapshot: canaryDeployment.snapshot,
              stageVariables: { ...stored.variables, ...settings.stageVariableOverrides },
              cacheAvailable: cacheAvailable && settings.useStageCache === true,
              canary: true,
            }),
            percentTraffic: settings.percentTraffic ?? 0,
          }
        : undefined;
    const changesAt = changedAt !== undefined && now < changedAt + delayMs ? changedAt + delayMs : Infinity;
    return { ...records, primary, canary, changesAt, checkedAt: scope.version };
  }
}
