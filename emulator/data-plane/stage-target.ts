import type { ScopeState, Store } from "../store/store";
import type { SandboxConfig } from "../config";
import type { DeploymentCache } from "./deployment-cache";
import type { StageTarget } from "./invocation-context";
import type { StageTargets } from "./stage-targets";

export interface FoundStage {
  readonly scope: ScopeState;
  readonly target: StageTarget;
  /** What the target's deployment built once, for this stage (or its canary) only. */
  readonly deployment: DeploymentCache;
}

/**
 * Finds the stage a data-plane request names. The URL carries no account or region, so every scope is
 * searched for the API id and stage (a custom domain's request, only the domain's scope). A canary takes percentTraffic of the requests, with its own deployment and
 * stage variable overrides. Targets come from `targets`, which builds each once per version of the stage.
 */
export function findStage(
  store: Store,
  config: SandboxConfig,
  where: { apiId: string; stageName: string; now: number; scope?: ScopeState },
  random: () => number,
  targets: StageTargets,
): FoundStage | undefined {
  // A custom domain's mappings name APIs of its own account and region only.
  for (const scope of where.scope ? [where.scope] : store.allScopes()) {
    const served = targets.served(scope, where.apiId, where.stageName, where.now, config);
    // A pinned id (_custom_id_) may exist in several regions: keep looking for the one with this stage.
    if (!served) continue;
    const { canary } = served;
    const chosen = canary && random() * 100 < canary.percentTraffic ? canary : served.primary;
    return { scope, target: chosen.target, deployment: chosen.deployment };
  }
  return undefined;
}
