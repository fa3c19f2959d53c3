// A stage's settings as GetStage returns them, in plain domain shapes: method settings (throttling, caching,
// logging, metrics), the cache cluster, access logging, tracing, client certificate and WAF. Values set
// elsewhere (CLI, Terraform) are kept exactly as AWS holds them, including ones Archway does not edit.

/** One entry of a stage's methodSettings map; absent fields are unset (AWS's defaults apply). */
export interface MethodSettingValues {
  metricsEnabled?: boolean;
  /** "OFF" | "ERROR" | "INFO" */
  loggingLevel?: string;
  dataTraceEnabled?: boolean;
  throttlingBurstLimit?: number;
  throttlingRateLimit?: number;
  cachingEnabled?: boolean;
  cacheTtlInSeconds?: number;
  cacheDataEncrypted?: boolean;
  requireAuthorizationForCacheControl?: boolean;
  /** "FAIL_WITH_403" | "SUCCEED_WITH_RESPONSE_HEADER" | "SUCCEED_WITHOUT_RESPONSE_HEADER" */
  unauthorizedCacheControlHeaderStrategy?: string;
}

export interface CacheClusterState {
  enabled: boolean;
  /** "0.5" | "1.6" | "6.1" | ... as AWS names the sizes; null when AWS gives none. */
  size: string | null;
  /** "CREATE_IN_PROGRESS" | "AVAILABLE" | "DELETE_IN_PROGRESS" | "NOT_AVAILABLE" | "FLUSH_IN_PROGRESS" */
  status: string | null;
}

export interface StageSettings {
  /** Keyed as AWS keys them: "*\/*" for the stage default, "{resourcePath without leading slash}/{VERB}" per method (slashes in the path escaped as "~1"). */
  methodSettings: Record<string, MethodSettingValues>;
  cacheCluster: CacheClusterState;
  tracingEnabled: boolean;
  clientCertificateId: string | null;
  webAclArn: string | null;
  accessLog: { destinationArn: string; format: string | null } | null;
  tags: Record<string, string>;
}

/** The stage-wide default method settings ("*\/*"), or an empty object when none are set. */
export function stageDefaultSettings(settings: StageSettings): MethodSettingValues {
  return settings.methodSettings["*/*"] ?? {};
}
