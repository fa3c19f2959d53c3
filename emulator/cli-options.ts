import { parseArgs } from "node:util";
import { join } from "node:path";
import { defaultConfig, type FaultSpec, type SandboxConfig } from "./config";
import { parseFault } from "./protocol/admin";
import { applyQuotaOverrides, parseQuotaSpecs, quotaDefaults, quotaNames } from "./realism/service-quotas";
import type { LogLevel } from "./logger";

export const usage = `Archway sandbox: a local Amazon API Gateway (REST) and CloudWatch.

Usage: npm run sandbox -- [options]

  --port <n>                 port (default 4566; env ARCHWAY_SANDBOX_PORT)
  --host <addr>              address to listen on (default 127.0.0.1; env ARCHWAY_SANDBOX_HOST)
  --expose                   listen on all interfaces (0.0.0.0) instead of loopback only
  --data-dir <dir>           where state persists (default .archway/sandbox; env ARCHWAY_DATA_DIR/sandbox)
  --in-memory                keep state in memory only
  --latency <ms>             added control-plane latency (env ARCHWAY_SANDBOX_LATENCY_MS)
  --jitter <ms>              added random latency, 0..ms (env ARCHWAY_SANDBOX_JITTER_MS)
  --rate-limits              enforce AWS's control-plane rate limits (env ARCHWAY_SANDBOX_RATE_LIMITS=1)
  --fault <Op=kind:p[:ms]>   inject a fault: kind throttle|unavailable|slow, probability p (repeatable;
                             Op may be *; env ARCHWAY_SANDBOX_FAULTS="Op=kind:p,Op2=kind:p")
  --quota <name=value>       raise (or lower) an adjustable API Gateway quota (repeatable; env
                             ARCHWAY_SANDBOX_QUOTAS="resourcesPerApi=1000,stagesPerApi=20"). Names and AWS's
                             defaults: ${quotaNames.map((name) => `${name} ${quotaDefaults[name]}`).join(", ")}
                             (also at run time: GET/PUT /_archway/quotas)
  --cache-cluster-delay <ms> time a cache cluster takes to create or delete (default 5000)
  --vpc-link-delay <ms>      time a VPC link takes to become available or be deleted (default 5000)
  --clock-offset <ms>        run the sandbox's clock this far ahead of the wall clock (tests; env
                             ARCHWAY_SANDBOX_CLOCK_OFFSET_MS)
  --log-level <level>        debug|info|warn|error|silent (default info)
  -h, --help                 show this help
`;

export interface CliOptions {
  config: SandboxConfig;
  logLevel: LogLevel;
  help: boolean;
}

/** Flags win over environment variables, which win over defaults. */
export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      expose: { type: "boolean" },
      "data-dir": { type: "string" },
      "in-memory": { type: "boolean" },
      latency: { type: "string" },
      jitter: { type: "string" },
      "rate-limits": { type: "boolean" },
      fault: { type: "string", multiple: true },
      quota: { type: "string", multiple: true },
      "cache-cluster-delay": { type: "string" },
      "vpc-link-delay": { type: "string" },
      "clock-offset": { type: "string" },
      "log-level": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  const config = defaultConfig();
  config.port = integer(values.port ?? env.ARCHWAY_SANDBOX_PORT, config.port, "--port");
  if (config.port > 65_535) throw new Error(`--port must be from 0 to 65535, got ${config.port}`);
  config.host = values.expose ? "0.0.0.0" : (values.host ?? env.ARCHWAY_SANDBOX_HOST ?? config.host);
  const dataDir = values["data-dir"] ?? (env.ARCHWAY_DATA_DIR ? join(env.ARCHWAY_DATA_DIR, "sandbox") : config.dataDir);
  config.dataDir = values["in-memory"] || env.ARCHWAY_SANDBOX_IN_MEMORY === "1" ? undefined : dataDir;
  config.cacheClusterDelayMs = integer(values["cache-cluster-delay"] ?? env.ARCHWAY_SANDBOX_CACHE_CLUSTER_DELAY_MS, config.cacheClusterDelayMs, "--cache-cluster-delay");
  config.vpcLinkDelayMs = integer(values["vpc-link-delay"] ?? env.ARCHWAY_SANDBOX_VPC_LINK_DELAY_MS, config.vpcLinkDelayMs, "--vpc-link-delay");
  config.clockOffsetMs = integer(values["clock-offset"] ?? env.ARCHWAY_SANDBOX_CLOCK_OFFSET_MS, 0, "--clock-offset");
  config.realism.latencyMs = integer(values.latency ?? env.ARCHWAY_SANDBOX_LATENCY_MS, 0, "--latency");
  config.realism.jitterMs = integer(values.jitter ?? env.ARCHWAY_SANDBOX_JITTER_MS, 0, "--jitter");
  config.realism.rateLimits = Boolean(values["rate-limits"]) || env.ARCHWAY_SANDBOX_RATE_LIMITS === "1";
  const faultSpecs = values.fault ?? (env.ARCHWAY_SANDBOX_FAULTS ? env.ARCHWAY_SANDBOX_FAULTS.split(",") : []);
  config.realism.faults = parseFaults(faultSpecs);
  const quotaSpecs = values.quota ?? (env.ARCHWAY_SANDBOX_QUOTAS ? env.ARCHWAY_SANDBOX_QUOTAS.split(",") : []);
  config.quotas = parseQuotas(config.quotas, quotaSpecs);
  const logLevel = (values["log-level"] ?? env.ARCHWAY_SANDBOX_LOG_LEVEL ?? "info") as LogLevel;
  if (!["debug", "info", "warn", "error", "silent"].includes(logLevel)) throw new Error(`--log-level must be debug, info, warn, error or silent`);
  return { config, logLevel, help: Boolean(values.help) };
}

function integer(raw: string | undefined, fallback: number, flag: string): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} must be a whole number, got "${raw}"`);
  return value;
}

function parseFaults(specs: string[]): Record<string, FaultSpec> {
  const faults: Record<string, FaultSpec> = {};
  for (const spec of specs) {
    const [operation, rule] = spec.split("=");
    if (!operation || !rule) throw new Error(`--fault must look like Operation=kind:probability, got "${spec}"`);
    const fault = parseFault(rule);
    if (typeof fault === "string") throw new Error(`--fault ${spec}: ${fault}`);
    faults[operation] = fault;
  }
  return faults;
}

function parseQuotas(current: SandboxConfig["quotas"], specs: string[]): SandboxConfig["quotas"] {
  const overrides = parseQuotaSpecs(specs);
  if (typeof overrides === "string") throw new Error(overrides);
  const quotas = applyQuotaOverrides(current, overrides);
  if (typeof quotas === "string") throw new Error(`--quota: ${quotas}`);
  return quotas;
}
