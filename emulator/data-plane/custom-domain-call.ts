// Requests to a custom domain name. Locally the domain does not resolve to the sandbox, so a client reaches it
// by sending the domain as the Host header (curl -H "Host: api.example.com" http://localhost:4566/pets), as it
// would once DNS pointed the domain at API Gateway. The base path mappings then pick the API and stage.
import type { ServiceCall } from "../protocol/service-call";
import { boundedMemo } from "../protocol/bounded-memo";
import type { ScopeState, Store } from "../store/store";
import { tables } from "../control-plane/apigateway/tables";
import { resolveCustomDomain } from "../control-plane/apigateway/custom-domain-resolution";
import { hostWithoutPort, invocationRequest, type ParsedCall } from "./handlers/parse";

/** Calls signed for these services are control-plane calls, whatever Host they carry. */
const CONTROL_PLANE_SERVICES = new Set(["apigateway", "monitoring"]);

/** The domain name a Host header names, remembered: clients send the same few hosts again and again. */
const domainOfHost = boundedMemo(1_000, (header): string | undefined => {
  const host = hostWithoutPort(header).replace(/\.$/, "").toLowerCase();
  // A domain name has a dot and is not an IPv4 literal (127.0.0.1 is how most clients reach the sandbox).
  return host.includes(".") && !/^[\d.]+$/.test(host) ? host : undefined;
});

function domainOf(call: ServiceCall): string | undefined {
  if (call.caller.service !== undefined && CONTROL_PLANE_SERVICES.has(call.caller.service)) return undefined;
  return domainOfHost(String(call.headers.host ?? ""));
}

/** Routing and serving both ask; the scopes are searched once per request that names a domain. */
const resolved = new WeakMap<ServiceCall, ScopeState | undefined>();

/** The account+region that owns the domain a request is addressed to, when it names one. */
export function customDomainScope(call: ServiceCall, store: Store): ScopeState | undefined {
  const domain = domainOf(call);
  // Most requests name no domain (localhost, 127.0.0.1): answered from the host cache, nothing to remember.
  if (domain === undefined) return undefined;
  if (resolved.has(call)) return resolved.get(call);
  const scope = store.allScopes().find((candidate) => candidate.table(tables.domainNames).has("", domain));
  resolved.set(call, scope);
  return scope;
}

/**
 * The API, stage and path a custom-domain request reaches through its base path mappings; undefined when no
 * mapping matches (AWS answers 403 Forbidden then).
 */
export function parseCustomDomainCall(call: ServiceCall, scope: ScopeState): ParsedCall | undefined {
  const host = String(call.headers.host ?? "");
  const target = resolveCustomDomain(scope, host, call.url.pathname);
  if (!target) return undefined;
  return { apiId: target.restApiId, stageName: target.stage, request: invocationRequest(call, target.path, target.domainName) };
}
