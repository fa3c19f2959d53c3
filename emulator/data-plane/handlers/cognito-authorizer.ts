import type { Authorizer } from "../../control-plane/apigateway/types";
import { checkIssuedToken, checkTokenForMethod, type CognitoTokenCheck } from "../cognito-token";
import { authorizerConfigurationError, GatewayError, unauthorized } from "../gateway-errors";
import type { AuthorizerResult, MultiMap, RoutedInvocation } from "../invocation-context";
import { claimStrings, type JwtPayload } from "../jwt-claims";
import { evaluateMappingExpression } from "../parameter-mapping";
import { DEFAULT_AUTHORIZER_TTL_SECONDS } from "./custom-authorizer";
import { substituteUri } from "./integration-request";

/** Said in every execution log line that accepts a token, as the sandbox says it for SigV4. */
export const SIGNATURE_NOT_VERIFIED = "signature not verified: the Archway sandbox has no user pool keys";

/**
 * The token from the authorizer's identity source (the Authorization header by default). A "Bearer " prefix
 * is dropped: AWS's own workshop tests a Cognito authorizer with "Bearer <token>" (not in the developer guide).
 */
export function cognitoIdentityToken(authorizer: Authorizer, headers: MultiMap): string | undefined {
  const source = authorizer.identitySource?.trim() || "method.request.header.Authorization";
  const value = evaluateMappingExpression(source, { headers, query: {} })?.trim();
  if (!value) return undefined;
  return /^bearer /i.test(value) ? value.slice("bearer ".length).trim() : value;
}

/** The user pool ARNs, where one may name its pool through a stage variable (${stageVariables.pool}). */
export const providerArns = (authorizer: Authorizer, stageVariables: Readonly<Record<string, string>>) =>
  (authorizer.providerARNs ?? []).map((arn) => substituteUri(arn, {}, stageVariables));

/** 401 for every refused token; an expired one says so, as AWS's Cognito authorizer does. */
export function cognitoRejection(check: Extract<CognitoTokenCheck, { ok: false }>): GatewayError {
  if (check.failure === "expired") return new GatewayError("UNAUTHORIZED", "The incoming token has expired", { errorType: "UnauthorizedException" });
  return unauthorized();
}

/** The token's claims once the pool checks pass, from the authorizer cache when the token was seen in its TTL. */
function issuedPayload(invocation: RoutedInvocation, authorizer: Authorizer, token: string): JwtPayload {
  const { target, log, runtime } = invocation;
  const cacheKey = `${target.accountId}/${target.region}/${target.restApi.id}/${target.stageName}/${authorizer.id}/${token}`;
  const cached = runtime.authorizerResults.get(cacheKey, invocation.startedAt, target.authorizersCacheFlushedAt) as JwtPayload | undefined;
  if (cached !== undefined) {
    log.add(`Using cached authorizer result for authorizer ${authorizer.name}`);
    return cached;
  }
  const issued = checkIssuedToken(token, providerArns(authorizer, target.stageVariables), authorizer.identityValidationExpression);
  if (!issued.ok) throw rejected(invocation, authorizer, issued);
  runtime.authorizerResults.put(cacheKey, issued.payload, authorizer.authorizerResultTtlInSeconds ?? DEFAULT_AUTHORIZER_TTL_SECONDS, invocation.startedAt);
  return issued.payload;
}

function rejected(invocation: RoutedInvocation, authorizer: Authorizer, check: Extract<CognitoTokenCheck, { ok: false }>): GatewayError {
  invocation.log.add(`Cognito user pool authorizer ${authorizer.name} refused the request: ${check.detail}`);
  return cognitoRejection(check);
}

/**
 * COGNITO_USER_POOLS: checks the user pool token in the identity source against the authorizer's pools and
 * the method's OAuth scopes; its claims become $context.authorizer.claims. Expiry and scopes are checked on
 * every request, since one cached token serves methods with different scopes.
 */
export function runCognitoAuthorizer(invocation: RoutedInvocation): AuthorizerResult {
  const { method, log } = invocation;
  const authorizer = invocation.deployment.authorizer(method.authorizerId);
  if (authorizer?.type !== "COGNITO_USER_POOLS") throw authorizerConfigurationError();
  const token = cognitoIdentityToken(authorizer, invocation.request.headers);
  if (!token) {
    log.add(`Cognito user pool authorizer ${authorizer.name} refused the request: no token in ${authorizer.identitySource ?? "method.request.header.Authorization"}`);
    throw unauthorized();
  }
  const payload = issuedPayload(invocation, authorizer, token);
  const forMethod = checkTokenForMethod(payload, method.authorizationScopes, Math.floor(invocation.startedAt / 1000));
  if (!forMethod.ok) throw rejected(invocation, authorizer, forMethod);
  log.add(`Cognito user pool authorizer ${authorizer.name} accepted the ${String(payload.token_use)} token of ${String(payload.sub)} (${SIGNATURE_NOT_VERIFIED})`);
  return { context: {}, claims: claimStrings(payload) };
}
