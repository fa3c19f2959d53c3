import type { AuthorizerResult, Invocation, RoutedInvocation } from "./invocation-context";
import { clfTime } from "./time-formats";

/** Before routing, the resource and what later steps learn are not known yet. */
export type ContextSource = Invocation & Partial<Pick<RoutedInvocation, "resource" | "apiKey" | "authorizer">>;

const firstHeader = (invocation: ContextSource, name: string) => invocation.request.headers[name]?.[0] ?? null;

/** $context in mapping templates and access logs (facts §10.1). */
export function contextVariables(invocation: ContextSource): Record<string, unknown> {
  // Added last: a property deleted from the middle of an object makes every later read of it slow.
  return Object.assign(requestContext(invocation), { deploymentId: invocation.target.deploymentId });
}

/** requestContext in the Lambda proxy event: $context without deploymentId, which is for templates only. */
export function requestContext(invocation: ContextSource): Record<string, unknown> {
  const { target, request } = invocation;
  return {
    accountId: target.accountId,
    apiId: target.restApi.id,
    domainName: request.domainName,
    domainPrefix: target.restApi.id,
    extendedRequestId: invocation.extendedRequestId,
    httpMethod: request.httpMethod,
    path: `/${target.stageName}${request.path}`,
    protocol: "HTTP/1.1",
    requestId: invocation.requestId,
    requestTime: clfTime(invocation.startedAt),
    requestTimeEpoch: invocation.startedAt,
    resourceId: invocation.resource?.id ?? null,
    resourcePath: invocation.resource?.path ?? null,
    stage: target.stageName,
    identity: {
      sourceIp: request.sourceIp,
      userAgent: firstHeader(invocation, "user-agent"),
      apiKey: invocation.apiKey?.value ?? null,
      apiKeyId: invocation.apiKey?.id ?? null,
      accessKey: null,
      accountId: null,
      caller: null,
      user: null,
      userArn: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      principalOrgId: null,
      clientCert: null,
    },
    authorizer: invocation.authorizer ? authorizerVariables(invocation.authorizer) : {},
  };
}

/** A Lambda authorizer's principalId and context, or a Cognito authorizer's claims (AWS gives it nothing else). */
const authorizerVariables = (result: AuthorizerResult): Record<string, unknown> =>
  result.claims ? { claims: { ...result.claims } } : { principalId: result.principalId, ...result.context };
