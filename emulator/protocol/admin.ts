import type { ServiceCall, ServiceDeps, ServiceReply } from "./service-call";
import type { FaultSpec, RealismConfig } from "../config";
import { applyQuotaOverrides, type ServiceQuotas } from "../realism/service-quotas";
import { handleLambdaAdmin, isLambdaAdminCall } from "../data-plane/lambda-registry";
import { handleAdminMetricData, isAdminMetricDataCall } from "./admin-metric-data";

// The sandbox's own small admin endpoint, on loopback with the rest:
//   GET  /_archway/health           -> {"status":"ok", ...}
//   GET  /_archway/realism          -> the realism switches in force
//   PUT  /_archway/realism          -> replace them (JSON body, fields as in RealismConfig)
//   GET  /_archway/quotas           -> the adjustable quotas in force (realism/service-quotas.ts)
//   PUT  /_archway/quotas           -> change some of them (JSON body {"resourcesPerApi": 1000}); the others stay
//   /_archway/lambda/*               -> local Lambda functions (data-plane/lambda-registry.ts)
//   POST /_archway/cloudwatch/metric-data -> PutMetricData in any namespace (admin-metric-data.ts)
const PREFIX = "/_archway/";

export const isAdminCall = (call: ServiceCall): boolean => call.url.pathname.startsWith(PREFIX);

export async function handleAdmin(call: ServiceCall, deps: ServiceDeps): Promise<ServiceReply> {
  if (isLambdaAdminCall(call)) return handleLambdaAdmin(call, deps);
  if (isAdminMetricDataCall(call)) return handleAdminMetricData(call, deps);
  const path = call.url.pathname.slice(PREFIX.length);
  if (path === "health" && call.method === "GET") {
    return json(200, { status: "ok", service: "archway-sandbox", dataDir: deps.config.dataDir ?? null, realism: deps.realism.settings });
  }
  if (path === "realism" && call.method === "GET") return json(200, deps.realism.settings);
  if (path === "realism" && call.method === "PUT") {
    const parsed = parseRealism(call.body.toString("utf8"), deps.realism.settings);
    if (typeof parsed === "string") return json(400, { message: parsed });
    deps.realism.update(parsed);
    deps.config.realism = parsed;
    return json(200, parsed);
  }
  if (path === "quotas" && call.method === "GET") return json(200, deps.config.quotas);
  if (path === "quotas" && call.method === "PUT") {
    const quotas = parseQuotaUpdate(call.body.toString("utf8"), deps.config.quotas);
    if (typeof quotas === "string") return json(400, { message: quotas });
    deps.config.quotas = quotas;
    return json(200, quotas);
  }
  return json(404, { message: `No sandbox admin route ${call.method} ${call.url.pathname}` });
}

function json(status: number, body: unknown): ServiceReply {
  return { status, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

/** Validates a realism update; returns the new settings or a message naming what is wrong. */
export function parseRealism(text: string, current: RealismConfig): RealismConfig | string {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return "The body must be JSON.";
  }
  if (!input || typeof input !== "object") return "The body must be a JSON object.";
  // A misspelt switch ("latency") must not be silently ignored.
  const unknown = Object.keys(input).filter((key) => !["latencyMs", "jitterMs", "rateLimits", "faults"].includes(key));
  if (unknown.length > 0) return `Unknown realism setting ${unknown.join(", ")}; the settings are latencyMs, jitterMs, rateLimits and faults.`;
  const value = input as Partial<Record<keyof RealismConfig, unknown>>;
  const next: RealismConfig = structuredClone(current);
  for (const key of ["latencyMs", "jitterMs"] as const) {
    if (value[key] === undefined) continue;
    const n = value[key];
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 60_000) return `${key} must be a number of milliseconds from 0 to 60000.`;
    next[key] = n;
  }
  if (value.rateLimits !== undefined) {
    if (typeof value.rateLimits !== "boolean") return "rateLimits must be true or false.";
    next.rateLimits = value.rateLimits;
  }
  if (value.faults !== undefined) {
    if (!value.faults || typeof value.faults !== "object") return "faults must be an object keyed by operation name.";
    const faults: Record<string, FaultSpec> = {};
    for (const [operation, spec] of Object.entries(value.faults as Record<string, unknown>)) {
      const fault = parseFault(spec);
      if (typeof fault === "string") return `faults.${operation}: ${fault}`;
      faults[operation] = fault;
    }
    next.faults = faults;
  }
  return next;
}

/** Reads "throttle:0.2", "unavailable:1", "slow:0.5:3000" (flag form) or the JSON object form. */
export function parseFault(spec: unknown): FaultSpec | string {
  let kind: unknown, probability: unknown, delayMs: unknown;
  if (typeof spec === "string") {
    const [k, p, d] = spec.split(":");
    kind = k;
    probability = p === undefined ? 1 : Number(p);
    delayMs = d === undefined ? undefined : Number(d);
  } else if (spec && typeof spec === "object") {
    ({ kind, probability = 1, delayMs } = spec as Record<string, unknown>);
  } else {
    return "expected an object {kind, probability, delayMs}.";
  }
  if (kind !== "throttle" && kind !== "unavailable" && kind !== "slow") return "kind must be throttle, unavailable or slow.";
  if (typeof probability !== "number" || !(probability >= 0 && probability <= 1)) return "probability must be between 0 and 1.";
  if (delayMs !== undefined && (typeof delayMs !== "number" || !(delayMs >= 0 && delayMs <= 60_000))) return "delayMs must be 0 to 60000.";
  return { kind, probability, ...(delayMs === undefined ? {} : { delayMs: delayMs as number }) };
}

/** Validates a quota update (a JSON object of name -> whole number); returns the new quotas or a message. */
function parseQuotaUpdate(text: string, current: ServiceQuotas): ServiceQuotas | string {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return "The body must be JSON.";
  }
  if (!input || typeof input !== "object" || Array.isArray(input)) return "The body must be a JSON object of quota names and values.";
  return applyQuotaOverrides(current, input as Record<string, unknown>);
}
