import { performance } from "node:perf_hooks";
import type { OpContext } from "../control-plane/op-context";
import { captureApiSnapshot, type ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import { findRestApi } from "../control-plane/apigateway/rest-apis";
import { notFound } from "../protocol/aws-error";
import { runTestInvocation } from "./chain";
import { ExecutionLog } from "./execution-log";
import { startRouted } from "./handlers/route";
import type { Invocation, MultiMap } from "./invocation-context";
import { compileRoutes, matchRoute } from "./routing";
import { runtimeFor } from "./runtime";
import { DeploymentCache } from "./deployment-cache";
import { withDisplayNames } from "./header-names";

export interface TestInvokeInput {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeResult {
  status: number;
  body: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  log: string;
  latency: number;
}

/** AWS names the stage of a test invocation so; $context.stage shows it. */
export const TEST_INVOKE_STAGE = "test-invoke-stage";

export function requestHeaders(input: Pick<TestInvokeInput, "headers" | "multiValueHeaders">): MultiMap {
  const headers: MultiMap = {};
  for (const [key, value] of Object.entries(input.headers ?? {})) headers[key.toLowerCase()] = [value];
  for (const [key, values] of Object.entries(input.multiValueHeaders ?? {})) headers[key.toLowerCase()] = [...values];
  return headers;
}

export function splitPathAndQuery(pathWithQueryString: string): { path: string; query: MultiMap } {
  const url = new URL(pathWithQueryString.startsWith("/") ? pathWithQueryString : `/${pathWithQueryString}`, "http://test-invoke");
  const query: MultiMap = {};
  for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
  return { path: decodeURIComponent(url.pathname), query };
}

/** The invocation a test call makes: the working copy as its snapshot, a stage named test-invoke-stage. */
export function testInvocation(ctx: OpContext, input: TestInvokeInput, snapshot: ApiSnapshot, path: string, query: MultiMap): Invocation {
  return {
    requestId: ctx.requestId,
    extendedRequestId: ctx.requestId.slice(0, 15) + "=",
    startedAt: ctx.now,
    request: { httpMethod: input.httpMethod, path, query, headers: requestHeaders(input), body: Buffer.from(input.body ?? ""), sourceIp: "test-invoke-source-ip", domainName: "testPrefix.testDomainName" },
    target: {
      accountId: ctx.accountId,
      region: ctx.region,
      restApi: snapshot.restApi,
      stageName: TEST_INVOKE_STAGE,
      deploymentId: "",
      snapshot,
      stageVariables: { ...input.stageVariables },
      methodSettings: {},
      cacheAvailable: false,
      canary: false,
    },
    log: new ExecutionLog(ctx.requestId),
    runtime: runtimeFor(ctx.config),
    // The working copy is captured afresh for each test call: nothing to keep for the next one.
    deployment: new DeploymentCache(snapshot),
    state: ctx.state,
  };
}

/**
 * TestInvokeMethod: runs the method of the WORKING COPY (not a deployment) from the method request on,
 * with the caller's path, headers, body and stage variables, and returns AWS's execution log.
 */
export function testInvokeMethod(ctx: OpContext, input: TestInvokeInput): Promise<TestInvokeResult> {
  // AWS names the resource, not the API, when the API does not exist (recorded 2025).
  if (!findRestApi(ctx, input.restApiId)) throw notFound("Invalid Resource identifier specified");
  const snapshot = captureApiSnapshot(ctx, input.restApiId);
  const resource = snapshot.resources.find((entry) => entry.id === input.resourceId);
  if (!resource) throw notFound("Invalid Resource identifier specified");
  const method = resource.resourceMethods?.[input.httpMethod];
  if (!method) throw notFound("Invalid Method identifier specified");
  const { path, query } = splitPathAndQuery(input.pathWithQueryString || resource.path);
  // AWS takes any pathWithQueryString; path parameters are read when it fits the resource's path.
  const pathParameters = matchRoute(compileRoutes([resource]), input.httpMethod, path)?.pathParameters ?? {};
  const invocation = testInvocation(ctx, input, snapshot, path, query);
  const started = performance.now();
  return runTestInvocation(startRouted(invocation, resource, method, pathParameters)).then(({ response }) => {
    const entries = Object.entries(withDisplayNames(response.headers));
    return {
      status: response.statusCode,
      body: response.body.toString("utf8"),
      headers: Object.fromEntries(entries),
      multiValueHeaders: Object.fromEntries(entries.map(([key, value]) => [key, [value]])),
      log: invocation.log.toString(),
      latency: Math.round(performance.now() - started),
    };
  });
}
