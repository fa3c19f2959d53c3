import type { StoredStage } from "./stage-types";

/** For unit tests: a stage as CreateStage leaves it, with no cache cluster, method settings or tracing. */
export const freshStage: StoredStage = {
  stageName: "dev",
  deploymentId: "d",
  cacheClusterEnabled: false,
  methodSettings: {},
  tracingEnabled: false,
  createdDate: 0,
  lastUpdatedDate: 0,
};
