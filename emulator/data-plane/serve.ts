import { randomBytes } from "node:crypto";
import type { ServiceCall, ServiceDeps, ServiceReply } from "../protocol/service-call";
import { dayOf } from "../control-plane/apigateway/usage-periods";
import { runStageInvocation, type InvocationOutcome } from "./chain";
import { ExecutionLog } from "./execution-log";
import { GatewayError, forbidden, missingAuthenticationToken } from "./gateway-errors";
import { executeApiHost, isExecuteApiPath, parseExecuteApiCall } from "./handlers/parse";
import type { Invocation, InvocationResponse } from "./invocation-context";
import { recordInvocationMetrics } from "./metrics";
import { runtimeFor } from "./runtime";
import { findStage, type FoundStage } from "./stage-target";
import { writeStageLogs } from "./stage-logging";
import { displayHeaderName } from "./header-names";
import { customDomainScope, parseCustomDomainCall } from "./custom-domain-call";
import type { Store } from "../store/store";
import type { ServedCounters } from "./served-counters";

// Deployed stages are served at http://localhost:4566/_aws/execute-api/{apiId}/{stage}/{path},
// http://{apiId}.execute-api.localhost:4566/{stage}/{path}, and through custom domain names: any request whose
// Host is a domain created with CreateDomainName goes through that domain's base path mappings.

/** API Gateway's payload limit. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export function isExecuteApiCall(call: ServiceCall, store: Store): boolean {
  return isExecuteApiPath(call.url.pathname) || executeApiHost(String(call.headers.host ?? "")) !== undefined || customDomainScope(call, store) !== undefined;
}

/** AWS's extended request ids are 11 bytes in base64: 15 characters and one "=". */
const EXTENDED_IDS_PER_DRAW = 512;
/**
 * One draw of random bytes, encoded at once, serves many ids: a randomBytes call or a base64 encoding per request
 * costs more than a MOCK request's routing. Each id takes 12 bytes, the 12th zeroed, so its first 15 characters
 * are exactly the base64 of the other 11.
 */
const idPool = { encoded: "", next: EXTENDED_IDS_PER_DRAW };

/** $context.extendedRequestId, sent back as x-amz-apigw-id: a short base64 id like AWS's. */
export function newExtendedRequestId(): string {
  if (idPool.next === EXTENDED_IDS_PER_DRAW) {
    const bytes = randomBytes(12 * EXTENDED_IDS_PER_DRAW);
    for (let at = 11; at < bytes.length; at += 12) bytes[at] = 0;
    idPool.encoded = bytes.toString("base64");
    idPool.next = 0;
  }
  const at = 16 * idPool.next++;
  return `${idPool.encoded.slice(at, at + 15)}=`;
}

export async function handleExecuteApi(call: ServiceCall, deps: ServiceDeps): Promise<ServiceReply> {
  const startedAt = deps.now();
  const extendedRequestId = newExtendedRequestId();
  const domainScope = customDomainScope(call, deps.store);
  const parsed = domainScope ? parseCustomDomainCall(call, domainScope) : parseExecuteApiCall(call);
  const runtime = runtimeFor(deps.config);
  const where = parsed && { apiId: parsed.apiId, stageName: parsed.stageName, now: startedAt, scope: domainScope };
  const found = where && findStage(deps.store, deps.config, where, Math.random, runtime.stages);
  // A custom domain with no mapping (or a mapping to a stage that is gone) answers 403 Forbidden.
  if (!parsed || !found) return bareError(call, extendedRequestId, domainScope ? forbidden() : missingAuthenticationToken());
  // disableExecuteApiEndpoint turns off the default endpoint only: custom domains keep serving.
  if (!domainScope && found.target.restApi.disableExecuteApiEndpoint) return bareError(call, extendedRequestId, forbidden());
  const invocation: Invocation = {
    requestId: call.requestId,
    extendedRequestId,
    startedAt,
    request: parsed.request,
    target: found.target,
    log: new ExecutionLog(call.requestId),
    runtime,
    deployment: found.deployment,
    state: found.scope,
  };
  const outcome = call.body.length > MAX_PAYLOAD_BYTES ? tooLarge(invocation) : await runStageInvocation(invocation, deps.logger);
  const latencyMs = Math.max(0, deps.now() - startedAt);
  // No transaction and no wait for the journal: waiting would put the once-a-second counter write's fsync on
  // the requests served meanwhile, and the deployment a stage serves was made durable before it was acknowledged.
  recordOutcome(runtime.served(deps.store, deps.now), found, outcome, latencyMs, startedAt);
  writeStageLogs(deps.logger, invocation, outcome, latencyMs);
  return reply(call, extendedRequestId, outcome.response);
}

function tooLarge(invocation: Invocation): InvocationOutcome {
  const error = new GatewayError("REQUEST_TOO_LARGE", "Request Too Long");
  const body = JSON.stringify({ message: error.message });
  invocation.log.add(`Request payload over ${MAX_PAYLOAD_BYTES} bytes`);
  return { response: { statusCode: error.status, headers: { "content-type": "application/json" }, body: Buffer.from(body) }, routed: undefined };
}

/** Metrics for every request, and one request of usage for a key that passed its plan's checks. */
function recordOutcome(served: ServedCounters, found: FoundStage, outcome: InvocationOutcome, latencyMs: number, startedAt: number): void {
  recordInvocationMetrics(served.metrics, found.scope, found.target, outcome, latencyMs, startedAt);
  const grant = outcome.routed?.usagePlan;
  if (grant && outcome.response.statusCode !== 429) served.usage.add(found.scope, grant.planId, grant.keyId, dayOf(startedAt));
  served.scheduleWrite();
}

/** Headers the server sets itself (or per hop), which a backend's or function's response must not repeat. */
const OWN_HEADERS = new Set(["content-length", "transfer-encoding", "connection", "x-amzn-requestid", "x-amz-apigw-id"]);

function reply(call: ServiceCall, extendedRequestId: string, response: InvocationResponse): ServiceReply {
  const headers: Record<string, string> = {};
  for (const name in response.headers) if (!OWN_HEADERS.has(name.toLowerCase())) headers[displayHeaderName(name)] = response.headers[name]!;
  headers["x-amzn-RequestId"] = call.requestId;
  headers["x-amz-apigw-id"] = extendedRequestId;
  return { status: response.statusCode, headers, body: response.body };
}

/** An error before any stage is known: no gateway responses to customise it, so AWS's default body. */
function bareError(call: ServiceCall, extendedRequestId: string, error: GatewayError): ServiceReply {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (error.errorType) headers["x-amzn-errortype"] = error.errorType;
  return reply(call, extendedRequestId, { statusCode: error.status, headers, body: Buffer.from(JSON.stringify({ message: error.message })) });
}
