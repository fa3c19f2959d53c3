// Stages and deployments in their AWS wire shape (GetStage, GetDeployment), plus what the store keeps beside it.
import type { ApiSnapshot } from "./api-snapshot";

export const cacheClusterSizes = ["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"] as const;
export type CacheClusterSize = (typeof cacheClusterSizes)[number];
export type CacheClusterStatus = "CREATE_IN_PROGRESS" | "AVAILABLE" | "DELETE_IN_PROGRESS" | "NOT_AVAILABLE" | "FLUSH_IN_PROGRESS";

export const loggingLevels = ["OFF", "ERROR", "INFO"] as const;
export const unauthorizedCacheControlHeaderStrategies = [
  "FAIL_WITH_403",
  "SUCCEED_WITH_RESPONSE_HEADER",
  "SUCCEED_WITHOUT_RESPONSE_HEADER",
] as const;

export interface MethodSetting {
  metricsEnabled: boolean;
  /** Absent until set: AWS shows no loggingLevel on an entry it filled in (test_apigateway_common.py::test_create_update_stages). */
  loggingLevel?: (typeof loggingLevels)[number];
  dataTraceEnabled: boolean;
  throttlingBurstLimit: number;
  throttlingRateLimit: number;
  cachingEnabled: boolean;
  cacheTtlInSeconds: number;
  cacheDataEncrypted: boolean;
  requireAuthorizationForCacheControl: boolean;
  unauthorizedCacheControlHeaderStrategy: (typeof unauthorizedCacheControlHeaderStrategies)[number];
}

export interface AccessLogSettings {
  format?: string;
  destinationArn?: string;
}

export interface CanarySettings {
  percentTraffic?: number;
  deploymentId?: string;
  stageVariableOverrides?: Record<string, string>;
  useStageCache?: boolean;
}

/** A stage as GetStage returns it. */
export interface Stage {
  deploymentId: string;
  clientCertificateId?: string;
  stageName: string;
  description?: string;
  cacheClusterEnabled: boolean;
  cacheClusterSize?: CacheClusterSize;
  cacheClusterStatus: CacheClusterStatus;
  /** Keys are "*\/*" for the stage defaults or "~1pets~1{id}/GET" (escaped path without its leading slash). */
  methodSettings: Record<string, MethodSetting>;
  variables?: Record<string, string>;
  documentationVersion?: string;
  accessLogSettings?: AccessLogSettings;
  canarySettings?: CanarySettings;
  tracingEnabled: boolean;
  tags?: Record<string, string>;
  createdDate: number;
  lastUpdatedDate: number;
}

/**
 * A stage in the store: the wire shape without the cache status, which is derived when read from when
 * the cache cluster was last switched or resized (no timers), plus when the caches were last flushed.
 */
export interface StoredStage extends Omit<Stage, "cacheClusterStatus"> {
  /** Epoch ms of the last cache cluster create, resize or delete. */
  cacheClusterChangedAt?: number;
  /** Epoch ms of the last FlushStageCache / FlushStageAuthorizersCache: entries older than this are stale. */
  cacheFlushedAt?: number;
  authorizersCacheFlushedAt?: number;
}

/** GetDeployment's apiSummary: path -> verb -> how the method is protected. */
export type ApiSummary = Record<string, Record<string, { authorizationType: string; apiKeyRequired: boolean }>>;

/** What tables.deployments holds; `snapshot` never goes on the wire. */
export interface StoredDeployment {
  id: string;
  description?: string;
  createdDate: number;
  apiSummary?: ApiSummary;
  snapshot: ApiSnapshot;
}

export type Deployment = Omit<StoredDeployment, "snapshot">;
