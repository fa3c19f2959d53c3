import { accessDenied, authorizerConfigurationError, unauthorized } from "../gateway-errors";
import type { AuthorizerResult, RoutedInvocation } from "../invocation-context";
import { functionNameFromUri } from "../local-lambdas";
import { evaluateMappingExpression } from "../parameter-mapping";
import { evaluatePolicy, methodArn } from "../authorizer-policy";
import { proxyEvent } from "../integrations/lambda-event";
import { contextVariables } from "../context-variables";
import type { Authorizer } from "../../control-plane/apigateway/types";

/** AWS caches an authorizer's result for 300 seconds unless the authorizer says otherwise. */
export const DEFAULT_AUTHORIZER_TTL_SECONDS = 300;

/** Runs the method's Lambda authorizer (TOKEN or REQUEST) and evaluates the policy it returns. */
export async function runCustomAuthorizer(invocation: RoutedInvocation): Promise<AuthorizerResult> {
  const { target, method, log } = invocation;
  const authorizer = invocation.deployment.authorizer(method.authorizerId);
  if (!authorizer || authorizer.type === "COGNITO_USER_POOLS") throw authorizerConfigurationError();
  const arn = methodArn(target.region, target.accountId, target.restApi.id, target.stageName, invocation.request.httpMethod, invocation.request.path);
  const identity = checkedIdentity(invocation, authorizer);
  // The output is cached by identity and evaluated against each method's ARN, so one policy can serve many methods.
  const cacheKey = `${target.accountId}/${target.region}/${target.restApi.id}/${target.stageName}/${authorizer.id}/${JSON.stringify(identity)}`;
  const cached = invocation.runtime.authorizerResults.get(cacheKey, Date.now(), target.authorizersCacheFlushedAt);
  if (cached !== undefined) {
    log.add(`Using cached authorizer result for authorizer ${authorizer.name}`);
    return verdict(cached, arn);
  }
  const event = authorizerEvent(invocation, authorizer, identity, arn);
  const name = functionNameFromUri(authorizer.authorizerUri ?? "");
  const fn = name ? invocation.runtime.lambdas.get(name) : undefined;
  if (!fn) {
    log.add(`Execution failed due to configuration error: Authorizer function ${name ?? authorizer.authorizerUri} is not registered with the Archway sandbox (POST /_archway/lambda/functions)`);
    throw authorizerConfigurationError();
  }
  const outcome = await invocation.runtime.lambdas.invoke(fn, event, invocation.requestId);
  if (!outcome.ok) {
    log.add(`Authorizer ${authorizer.name ?? authorizer.id} failed: ${outcome.errorMessage}`);
    if (outcome.errorMessage === "Unauthorized") throw unauthorized();
    throw authorizerConfigurationError();
  }
  invocation.runtime.authorizerResults.put(cacheKey, outcome.result, authorizer.authorizerResultTtlInSeconds ?? DEFAULT_AUTHORIZER_TTL_SECONDS, Date.now());
  return verdict(outcome.result, arn);
}

/** The event a Lambda authorizer receives: TOKEN the first identity value, REQUEST the request without its body. */
export function authorizerEvent(invocation: RoutedInvocation, authorizer: Authorizer, identity: readonly string[], arn: string): unknown {
  return authorizer.type === "REQUEST" ? requestEvent(invocation, arn) : { type: "TOKEN", authorizationToken: identity[0], methodArn: arn };
}

function identityValues(invocation: RoutedInvocation, authorizer: Authorizer): string[] | undefined {
  // A TOKEN authorizer reads the Authorization header unless told otherwise; a REQUEST one may need nothing.
  const identitySource = authorizer.identitySource ?? (authorizer.type === "TOKEN" ? "method.request.header.Authorization" : "");
  const sources = identitySource.split(",").map((source) => source.trim()).filter(Boolean);
  const values = sources.map((source) =>
    evaluateMappingExpression(source, {
      path: invocation.pathParameters,
      query: invocation.request.query,
      headers: invocation.request.headers,
      stageVariables: invocation.target.stageVariables,
      context: contextVariables(invocation),
    }),
  );
  return values.every((value) => value !== undefined && value !== "") ? (values as string[]) : undefined;
}

/** The identity source values; a missing one, or a token failing identityValidationExpression, is 401. */
export function checkedIdentity(invocation: RoutedInvocation, authorizer: Authorizer): string[] {
  const values = identityValues(invocation, authorizer);
  if (!values) throw unauthorized();
  const pattern = authorizer.type === "TOKEN" ? authorizer.identityValidationExpression : undefined;
  if (pattern && !new RegExp(`^(?:${pattern})$`).test(values[0]!)) throw unauthorized();
  return values;
}

function requestEvent(invocation: RoutedInvocation, arn: string): unknown {
  // A REQUEST authorizer gets the proxy event without the body.
  const event: Partial<ReturnType<typeof proxyEvent>> = proxyEvent(invocation);
  delete event.body;
  delete event.isBase64Encoded;
  return { type: "REQUEST", methodArn: arn, ...event };
}

function verdict(result: unknown, arn: string): AuthorizerResult {
  const output = (result ?? {}) as { principalId?: unknown; policyDocument?: unknown; context?: unknown; usageIdentifierKey?: unknown };
  const decision = evaluatePolicy(output.policyDocument, arn);
  if (decision === "deny") throw accessDenied("User is not authorized to access this resource with an explicit deny");
  if (decision === "implicit-deny") throw accessDenied("User is not authorized to access this resource");
  return {
    principalId: typeof output.principalId === "string" ? output.principalId : undefined,
    context: output.context && typeof output.context === "object" ? { ...(output.context as Record<string, unknown>) } : {},
    usageIdentifierKey: typeof output.usageIdentifierKey === "string" ? output.usageIdentifierKey : undefined,
  };
}
