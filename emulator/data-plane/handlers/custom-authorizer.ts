import { accessDenied, authorizerConfigurationError, unauthorized } from "../gateway-errors";
import type { AuthorizerResult, RoutedInvocation } from "../invocation-context";
import { functionNameFromUri } from "../local-lambdas";
import { evaluateMappingExpression } from "../parameter-mapping";
import { evaluatePolicy, methodArn } from "../authorizer-policy";
import { proxyEvent } from "../integrations/lambda-event";
import { contextVariables } from "../context-variables";
import type { Authorizer } from "../../control-plane/apigateway/types";


/** Runs the method's Lambda authorizer (TOKEN or REQUEST) and evaluates the policy it returns. */
export async function runCustomAuthorizer(invocation: RoutedInvocation): Promise<AuthorizerResult> {
  const { target, method, log } = invocation;
  const authorizer = (target.snapshot.authorizers as readonly unknown[] as readonly Authorizer[]).find((entry) => entry.id === method.authorizerId);
  if (!authorizer || authorizer.type === "COGNITO_USER_POOLS") throw authorizerConfigurationError();
  const arn = methodArn(target.region, target.accountId, target.restApi.id, target.stageName, invocation.request.httpMethod, invocation.request.path);
  const event = authorizer.type === "REQUEST" ? requestEvent(invocation, authorizer, arn) : tokenEvent(invocation, authorizer, arn);
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
  return verdict(outcome.result, arn);
}

function identityValues(invocation: RoutedInvocation, identitySource: string | undefined): string[] | undefined {
  const sources = (identitySource ?? "method.request.header.Authorization").split(",").map((source) => source.trim()).filter(Boolean);
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

function tokenEvent(invocation: RoutedInvocation, authorizer: Authorizer, arn: string): unknown {
  const token = identityValues(invocation, authorizer.identitySource)?.[0];
  if (token === undefined) throw unauthorized();
  if (authorizer.identityValidationExpression && !new RegExp(`^(?:${authorizer.identityValidationExpression})$`).test(token)) throw unauthorized();
  return { type: "TOKEN", authorizationToken: token, methodArn: arn };
}

function requestEvent(invocation: RoutedInvocation, authorizer: Authorizer, arn: string): unknown {
  if (!identityValues(invocation, authorizer.identitySource)) throw unauthorized();
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
