import { missingAuthenticationToken } from "../gateway-errors";
import { keepsExecutionLog } from "../stage-logging";
import type { Invocation, RoutedInvocation } from "../invocation-context";
import { matchRoute } from "../routing";
import { emptyOverrides, type ContextOverrides } from "../vtl/mapping-template";
import { logMap } from "../execution-log";

/** Finds the resource and method; a miss is AWS's 403 "Missing Authentication Token". */
export function route(invocation: Invocation): RoutedInvocation {
  const { request, deployment } = invocation;
  const match = matchRoute(deployment.routes, request.httpMethod, request.path);
  if (!match) throw missingAuthenticationToken();
  // Nobody reads the execution log of a method its stage does not log: it is not written at all.
  if (!keepsExecutionLog(deployment.methodSetting(invocation.target.methodSettings, match.resource.path, match.method.httpMethod).loggingLevel)) invocation.log.discard();
  return startRouted(invocation, match.resource, match.method, match.pathParameters);
}

/** The routed invocation, with the opening execution-log lines AWS writes. */
export function startRouted(
  invocation: Invocation,
  resource: RoutedInvocation["resource"],
  method: RoutedInvocation["method"],
  pathParameters: Record<string, string>,
): RoutedInvocation {
  const { log, request } = invocation;
  if (log.isKept) {
    log.add(`Starting execution for request: ${invocation.requestId}`);
    log.add(`HTTP Method: ${request.httpMethod}, Resource Path: ${request.path}`);
    log.add(`Method request path: ${logMap(pathParameters)}`);
    log.add(`Method request query string: ${logMap(request.query)}`);
    log.add(`Method request headers: ${logMap(request.headers)}`);
    log.add(`Method request body before transformations: ${request.body.toString("utf8")}`);
  }
  const { requestId, extendedRequestId, startedAt, target, runtime, deployment, state } = invocation;
  // A plain literal with every field a later step sets already present: one object shape through the whole chain.
  return {
    requestId,
    extendedRequestId,
    startedAt,
    request,
    target,
    log,
    runtime,
    deployment,
    state,
    resource,
    method,
    pathParameters,
    overrides: NO_OVERRIDES,
    authorizer: undefined,
    apiKey: undefined,
    usagePlan: undefined,
    integrationRequest: undefined,
    endpointResponse: undefined,
    integrationLatencyMs: undefined,
    cacheOutcome: undefined,
    response: undefined,
  };
}

/** Overrides before any template set one: shared and frozen, as rendering copies them before a #set. */
const NO_OVERRIDES: ContextOverrides = deepFreeze(emptyOverrides());

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === "object") deepFreeze(inner as object);
  return Object.freeze(value);
}
