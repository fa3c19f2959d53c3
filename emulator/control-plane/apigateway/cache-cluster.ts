// The stage cache cluster's lifecycle. AWS takes minutes to create or delete a cluster; the sandbox takes
// config.cacheClusterDelayMs. The status is derived on read from when the cluster last changed.
import type { CacheClusterSize, CacheClusterStatus, StoredStage } from "./stage-types";

export const DEFAULT_CACHE_CLUSTER_SIZE: CacheClusterSize = "0.5";

/** The status GetStage reports at `now` (epoch ms). */
export function cacheClusterStatus(stage: StoredStage, now: number, delayMs: number): CacheClusterStatus {
  const changing = stage.cacheClusterChangedAt !== undefined && now < stage.cacheClusterChangedAt + delayMs;
  if (stage.cacheClusterEnabled) return changing ? "CREATE_IN_PROGRESS" : "AVAILABLE";
  return changing ? "DELETE_IN_PROGRESS" : "NOT_AVAILABLE";
}

/** Switching the cluster on or off starts a create or a delete; asking for what is already so changes nothing. */
export function withCacheClusterEnabled(stage: StoredStage, enabled: boolean, now: number): StoredStage {
  if (stage.cacheClusterEnabled === enabled) return stage;
  return {
    ...stage,
    cacheClusterEnabled: enabled,
    cacheClusterSize: stage.cacheClusterSize ?? DEFAULT_CACHE_CLUSTER_SIZE,
    cacheClusterChangedAt: now,
  };
}

/** Resizing a running cluster recreates it (its entries are lost), as on AWS. */
export function withCacheClusterSize(stage: StoredStage, size: CacheClusterSize, now: number): StoredStage {
  if (stage.cacheClusterSize === size) return stage;
  const recreate = stage.cacheClusterEnabled;
  return { ...stage, cacheClusterSize: size, ...(recreate ? { cacheClusterChangedAt: now, cacheFlushedAt: now } : {}) };
}
