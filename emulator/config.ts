import { defaultQuotas, type ServiceQuotas } from "./realism/service-quotas";

/** Realism switches and limits; all off by default, set by flags, environment or the admin endpoint. */
export interface RealismConfig {
  /** Added latency on control-plane calls, in ms: fixed + uniform random jitter. */
  latencyMs: number;
  jitterMs: number;
  /** Enforce AWS's control-plane rate limits (10 rps burst 40 overall, and per-operation quotas). */
  rateLimits: boolean;
  /** Injected faults per operation name ("*" for every operation). */
  faults: Record<string, FaultSpec>;
}

export interface FaultSpec {
  /** 429 TooManyRequestsException, 503 ServiceUnavailableException, or a slow response. */
  kind: "throttle" | "unavailable" | "slow";
  /** 0..1 */
  probability: number;
  /** For "slow": how long to hold the response, in ms. */
  delayMs?: number;
}

export interface SandboxConfig {
  host: string;
  port: number;
  /** Absent: in memory only. */
  dataDir: string | undefined;
  /** Time a stage cache cluster spends in CREATE_IN_PROGRESS / DELETE_IN_PROGRESS. */
  cacheClusterDelayMs: number;
  /** Time a VPC link spends PENDING after CreateVpcLink and DELETING after DeleteVpcLink. */
  vpcLinkDelayMs: number;
  /** Added to the wall clock the sandbox reads (ms), so tests can move usage-plan quota periods forward. */
  clockOffsetMs: number;
  realism: RealismConfig;
  /** Adjustable count quotas (resources per API, stages per API ...); AWS's defaults unless raised. */
  quotas: ServiceQuotas;
}

export const defaultRealism = (): RealismConfig => ({ latencyMs: 0, jitterMs: 0, rateLimits: false, faults: {} });

export const defaultConfig = (): SandboxConfig => ({
  host: "127.0.0.1",
  port: 4566,
  dataDir: ".archway/sandbox",
  cacheClusterDelayMs: 5_000,
  vpcLinkDelayMs: 5_000,
  clockOffsetMs: 0,
  realism: defaultRealism(),
  quotas: defaultQuotas(),
});
