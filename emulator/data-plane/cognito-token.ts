import { decodeJwtPayload, type JwtPayload } from "./jwt-claims";

/**
 * The checks a COGNITO_USER_POOLS authorizer makes on a user pool token, as API Gateway documents them,
 * except the signature: the sandbox has no user pool keys, so a token is trusted once its claims pass.
 */

export type CognitoTokenFailure = "malformed" | "issuer" | "token-use" | "audience" | "expired" | "scope";

export type CognitoTokenCheck = { ok: true; payload: JwtPayload } | { ok: false; failure: CognitoTokenFailure; detail: string };

const fail = (failure: CognitoTokenFailure, detail: string): CognitoTokenCheck => ({ ok: false, failure, detail });

/** The `iss` a pool's tokens carry, from its ARN (arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}). */
export function userPoolIssuer(providerArn: string): string | undefined {
  const match = /^arn:(aws[a-z-]*):cognito-idp:([a-z0-9-]+):\d{12}:userpool\/(.+)$/.exec(providerArn);
  if (!match) return undefined;
  const domain = match[1] === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";
  return `https://cognito-idp.${match[2]}.${domain}/${match[3]}`;
}

/**
 * What holds for the token whatever the method: a JWT issued by one of the authorizer's pools, an ID or access
 * token, whose `aud` matches the identityValidationExpression when one is set (AWS applies it to Cognito
 * authorizers through `aud`, so an access token, which has none, never passes it).
 */
export function checkIssuedToken(token: string, providerArns: readonly string[], audiencePattern?: string): CognitoTokenCheck {
  const payload = decodeJwtPayload(token);
  if (!payload) return fail("malformed", "the token is not a JWT (three base64url parts with a JSON header and payload)");
  const issuers = providerArns.map(userPoolIssuer);
  if (typeof payload.iss !== "string" || !issuers.includes(payload.iss)) {
    return fail("issuer", `the token's issuer ${String(payload.iss)} is none of the authorizer's user pools`);
  }
  if (payload.token_use !== "id" && payload.token_use !== "access") return fail("token-use", `token_use ${String(payload.token_use)} is neither id nor access`);
  if (audiencePattern && !(typeof payload.aud === "string" && new RegExp(`^(?:${audiencePattern})$`).test(payload.aud))) {
    return fail("audience", `the token's aud ${String(payload.aud)} does not match the identity validation expression`);
  }
  return { ok: true, payload };
}

/**
 * What the method asks of a token: not expired; an ID token when the method has no OAuth scopes, otherwise
 * an access token whose space-separated `scope` claim holds at least one of the method's scopes.
 */
export function checkTokenForMethod(payload: JwtPayload, methodScopes: readonly string[] | undefined, nowSeconds: number): CognitoTokenCheck {
  if (typeof payload.exp !== "number") return fail("malformed", "the token has no numeric exp claim");
  if (payload.exp <= nowSeconds) return fail("expired", "the token has expired");
  if (!methodScopes?.length) {
    return payload.token_use === "id" ? { ok: true, payload } : fail("token-use", "the method has no OAuth scopes, so it takes an ID token");
  }
  if (payload.token_use !== "access") return fail("token-use", "the method has OAuth scopes, so it takes an access token");
  const granted = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
  if (!methodScopes.some((scope) => granted.includes(scope))) {
    return fail("scope", `the token's scopes [${granted.join(", ")}] include none of the method's [${methodScopes.join(", ")}]`);
  }
  return { ok: true, payload };
}
