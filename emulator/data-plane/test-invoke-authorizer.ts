import { performance } from "node:perf_hooks";
import type { OpContext } from "../control-plane/op-context";
import { captureApiSnapshot, type ApiSnapshot } from "../control-plane/apigateway/api-snapshot";
import { requireAuthorizer } from "../control-plane/apigateway/authorizers";
import type { Authorizer, Method, Resource } from "../control-plane/apigateway/types";
import { methodArn } from "./authorizer-policy";
import { checkIssuedToken, checkTokenForMethod } from "./cognito-token";
import { ExecutionLog, logMap } from "./execution-log";
import { GatewayError } from "./gateway-errors";
import { authorizerEvent, checkedIdentity } from "./handlers/custom-authorizer";
import { cognitoIdentityToken, cognitoRejection, providerArns, SIGNATURE_NOT_VERIFIED } from "./handlers/cognito-authorizer";
import type { RoutedInvocation } from "./invocation-context";
import { claimStrings } from "./jwt-claims";
import { functionNameFromUri } from "./local-lambdas";
import { compileRoutes, matchRoute } from "./routing";
import { requestHeaders, splitPathAndQuery, testInvocation, type TestInvokeInput } from "./test-invoke";
import { emptyOverrides } from "./vtl/mapping-template";

export type TestInvokeAuthorizerInput = Pick<TestInvokeInput, "restApiId" | "headers" | "multiValueHeaders" | "stageVariables" | "pathWithQueryString" | "body"> & {
  authorizerId: string;
  additionalContext?: Record<string, string>;
};

export interface TestInvokeAuthorizerResult {
  clientStatus: number;
  log: string;
  latency: number;
  principalId?: string;
  policy?: string;
  claims?: Record<string, string>;
}

/** AWS tests an authorizer as if for GET / on this stage: the methodArn a test run's function receives. */
export const TEST_AUTHORIZER_STAGE = "ESTestInvoke-stage";
/** $context.resourceId of a test run whose path matches no resource, as AWS's test event shows it. */
const TEST_RESOURCE_ID = "test-invoke-resource-id";

/** TestInvokeAuthorizer: runs the authorizer of the working copy against the caller's simulated request. */
export function testInvokeAuthorizer(ctx: OpContext, input: TestInvokeAuthorizerInput): TestInvokeAuthorizerResult | Promise<TestInvokeAuthorizerResult> {
  const authorizer = requireAuthorizer(ctx, input.restApiId, input.authorizerId);
  if (authorizer.type === "COGNITO_USER_POOLS") return testInvokeCognitoAuthorizer(ctx, input, authorizer);
  return testInvokeLambdaAuthorizer(ctx, input, authorizer);
}

/**
 * A Cognito authorizer: the token checks with no method, so an ID token is expected (AWS's console test takes
 * ID tokens only); clientStatus 0 and the claims on success.
 */
function testInvokeCognitoAuthorizer(ctx: OpContext, input: TestInvokeAuthorizerInput, authorizer: Authorizer): TestInvokeAuthorizerResult {
  const log = new ExecutionLog(ctx.requestId, () => ctx.now);
  const started = performance.now();
  log.add(`Starting authorizer: ${authorizer.id} for request: ${ctx.requestId}`);
  const token = cognitoIdentityToken(authorizer, requestHeaders(input));
  const issued = token ? checkIssuedToken(token, providerArns(authorizer, { ...input.stageVariables }), authorizer.identityValidationExpression) : undefined;
  const check = issued?.ok ? checkTokenForMethod(issued.payload, undefined, Math.floor(ctx.now / 1000)) : issued;
  const outcome = (clientStatus: number, line: string, claims?: Record<string, string>) => {
    log.add(line);
    return { clientStatus, log: log.toString(), latency: Math.round(performance.now() - started), ...(claims ? { claims } : {}) };
  };
  if (!check) return outcome(401, `Cognito user pool authorizer ${authorizer.name} refused the request: no token in ${authorizer.identitySource ?? "method.request.header.Authorization"}`);
  if (!check.ok) return outcome(cognitoRejection(check).status, `Cognito user pool authorizer ${authorizer.name} refused the request: ${check.detail}`);
  return outcome(0, `Cognito user pool authorizer ${authorizer.name} accepted the token (${SIGNATURE_NOT_VERIFIED})`, claimStrings(check.payload));
}

/** The resource the simulated path falls on, for its path parameters; any resource will do, whatever its methods. */
function routeFor(snapshot: ApiSnapshot, method: Method, path: string): { resource: Resource; pathParameters: Record<string, string> } {
  const routes = compileRoutes(snapshot.resources.map((resource) => ({ ...resource, resourceMethods: { [method.httpMethod]: method } })));
  const match = matchRoute(routes, method.httpMethod, path);
  return match ? { resource: match.resource, pathParameters: match.pathParameters } : { resource: { id: TEST_RESOURCE_ID, path }, pathParameters: {} };
}

/** The simulated request as the data plane's authorizer step sees it, on the test-invoke stage. */
function simulatedInvocation(ctx: OpContext, input: TestInvokeAuthorizerInput, authorizer: Authorizer): RoutedInvocation {
  const snapshot = captureApiSnapshot(ctx, input.restApiId);
  const method: Method = { httpMethod: "GET", authorizationType: "CUSTOM", authorizerId: authorizer.id, apiKeyRequired: false };
  const { path, query } = splitPathAndQuery(input.pathWithQueryString || "/");
  const base = testInvocation(ctx, { ...input, resourceId: "", httpMethod: method.httpMethod }, snapshot, path, query);
  const { resource, pathParameters } = routeFor(snapshot, method, path);
  return { ...base, log: new ExecutionLog(ctx.requestId, () => ctx.now), resource, method, pathParameters, overrides: emptyOverrides() };
}

/** Identity values in the log show their last 6 characters only, as AWS masks them. */
const masked = (value: string) => (value.length > 6 ? "*".repeat(value.length - 6) + value.slice(-6) : "*".repeat(value.length));

function logIncomingIdentity(log: ExecutionLog, authorizer: Authorizer, identity: readonly string[]): void {
  if (authorizer.type === "TOKEN") return log.add(`Incoming identity: ${masked(identity[0] ?? "")}`);
  const sources = (authorizer.identitySource ?? "").split(",").map((source) => source.trim()).filter(Boolean);
  log.add(`Incoming identity: ${logMap(Object.fromEntries(sources.map((source, i) => [source, masked(identity[i] ?? "")])))}`);
}

/** The Lambda endpoint the authorizer URI names, as the execution log prints it. */
function endpointUri(authorizerUri: string | undefined, region: string): string {
  const found = /^arn:aws[\w-]*:apigateway:([\w-]+):lambda:path(\/.+)$/.exec(authorizerUri ?? "");
  return found ? `https://lambda.${found[1]}.amazonaws.com${found[2]}` : `https://lambda.${region}.amazonaws.com/2015-03-31/functions/${authorizerUri}/invocations`;
}

/** The event for the function; a REQUEST event's requestContext also carries the caller's additionalContext. */
function testEvent(invocation: RoutedInvocation, authorizer: Authorizer, identity: readonly string[], additional: Record<string, string> | undefined): unknown {
  const { target, request } = invocation;
  const arn = methodArn(target.region, target.accountId, target.restApi.id, TEST_AUTHORIZER_STAGE, request.httpMethod, "/");
  const event = authorizerEvent(invocation, authorizer, identity, arn) as { requestContext?: Record<string, unknown> };
  if (event.requestContext && additional) event.requestContext = { ...event.requestContext, ...additional };
  return event;
}

/** A TOKEN or REQUEST authorizer: runs the locally registered function (never the authorizer cache). */
async function testInvokeLambdaAuthorizer(ctx: OpContext, input: TestInvokeAuthorizerInput, authorizer: Authorizer): Promise<TestInvokeAuthorizerResult> {
  const started = performance.now();
  const invocation = simulatedInvocation(ctx, input, authorizer);
  const { log, requestId } = invocation;
  const finish = (clientStatus: number, lines: string[], extra: Partial<TestInvokeAuthorizerResult> = {}) => {
    lines.forEach((line) => log.add(line));
    return { clientStatus, log: log.toString(), latency: Math.round(performance.now() - started), ...extra };
  };
  log.add(`Starting authorizer: ${authorizer.id} for request: ${requestId}`);
  const identity = identityOrRefusal(invocation, authorizer);
  if (!identity) return finish(401, [`Unauthorized request: ${requestId}`, "Unauthorized"]);
  logIncomingIdentity(log, authorizer, identity);
  const name = functionNameFromUri(authorizer.authorizerUri ?? "");
  const fn = name ? invocation.runtime.lambdas.get(name) : undefined;
  if (!fn) {
    const why = `Authorizer function ${name ?? authorizer.authorizerUri} is not registered with the Archway sandbox (POST /_archway/lambda/functions)`;
    return finish(500, [`Execution failed due to configuration error: ${why}`, "AuthorizerConfigurationException"]);
  }
  const uri = endpointUri(authorizer.authorizerUri, invocation.target.region);
  log.add(`Endpoint request URI: ${uri}`);
  log.add(`Endpoint request headers: ${logMap({ "x-amzn-lambda-integration-tag": requestId, Accept: "application/json" })}`);
  const event = testEvent(invocation, authorizer, identity, input.additionalContext);
  log.add(`Endpoint request body after transformations: ${JSON.stringify(event)}`);
  log.add(`Sending request to ${uri}`);
  const outcome = await invocation.runtime.lambdas.invoke(fn, event, requestId);
  if (!outcome.ok) {
    if (outcome.errorMessage === "Unauthorized") return finish(401, [`Unauthorized request: ${requestId}`, "Unauthorized"]);
    const failure = `Lambda execution failed with status 200 due to customer function error: ${outcome.errorMessage}`;
    return finish(500, [failure, "Execution failed due to configuration error: Authorizer error", "AuthorizerConfigurationException"]);
  }
  return finish(...policyOutcome(outcome.result, outcome.durationMs));
}

/** The identity source values; undefined when one is missing or a token fails identityValidationExpression (401). */
function identityOrRefusal(invocation: RoutedInvocation, authorizer: Authorizer): string[] | undefined {
  try {
    return checkedIdentity(invocation, authorizer);
  } catch (error) {
    if (error instanceof GatewayError && error.status === 401) return undefined;
    throw error;
  }
}

/** What the function returned: a policy document is the answer (200, whatever its effect); anything else is 500. */
function policyOutcome(result: unknown, durationMs: number): [number, string[], Partial<TestInvokeAuthorizerResult>] {
  const body = JSON.stringify(result ?? null);
  const received = [`Received response. Status: 200, Integration latency: ${durationMs} ms`, `Endpoint response body before transformations: ${body}`, `Authorizer result body before parsing: ${body}`];
  const output = (result ?? {}) as { principalId?: unknown; policyDocument?: unknown };
  if (!output.policyDocument || typeof output.policyDocument !== "object") {
    return [500, [...received, "Execution failed due to configuration error: Could not parse policy", "AuthorizerConfigurationException"], {}];
  }
  const principalId = typeof output.principalId === "string" ? output.principalId : undefined;
  const lines = [...received, `Using valid authorizer policy for principal: ${principalId ?? ""}`, "Successfully completed authorizer execution"];
  return [200, lines, { ...(principalId !== undefined ? { principalId } : {}), policy: JSON.stringify(output.policyDocument) }];
}
