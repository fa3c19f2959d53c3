import { describe, expect, it } from "vitest";
import { checkIssuedToken, checkTokenForMethod, userPoolIssuer } from "./cognito-token";

const POOL_ARN = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Pool1";
const OTHER_POOL_ARN = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Pool2";
const ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool1";
const NOW = 1_800_000_000;

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (payload: Record<string, unknown>) => `${part({ alg: "RS256" })}.${part(payload)}.c2lnbmF0dXJl`;
const idToken = (extra: Record<string, unknown> = {}) => ({ iss: ISSUER, token_use: "id", aud: "client-1", sub: "u1", exp: NOW + 60, ...extra });
const accessToken = (extra: Record<string, unknown> = {}) => ({ iss: ISSUER, token_use: "access", client_id: "client-1", sub: "u1", exp: NOW + 60, ...extra });

describe("userPoolIssuer", () => {
  it("derives the iss of a pool's tokens from its ARN, in any region and in China", () => {
    expect(userPoolIssuer(POOL_ARN)).toBe(ISSUER);
    expect(userPoolIssuer("arn:aws-cn:cognito-idp:cn-north-1:123456789012:userpool/cn-north-1_X")).toBe("https://cognito-idp.cn-north-1.amazonaws.com.cn/cn-north-1_X");
    expect(userPoolIssuer("arn:aws:lambda:us-east-1:123456789012:function:f")).toBeUndefined();
  });
});

describe("checkIssuedToken", () => {
  it("accepts a token issued by any of the authorizer's pools", () => {
    const result = checkIssuedToken(jwt(idToken()), [OTHER_POOL_ARN, POOL_ARN]);
    expect(result).toEqual({ ok: true, payload: idToken() });
  });

  it("refuses a malformed token, another pool's token, and a token that is neither id nor access", () => {
    expect(checkIssuedToken("abc.def", [POOL_ARN])).toMatchObject({ ok: false, failure: "malformed" });
    expect(checkIssuedToken(jwt(idToken()), [OTHER_POOL_ARN])).toMatchObject({ ok: false, failure: "issuer" });
    expect(checkIssuedToken(jwt(idToken({ iss: undefined })), [POOL_ARN])).toMatchObject({ ok: false, failure: "issuer" });
    expect(checkIssuedToken(jwt(idToken({ token_use: "refresh" })), [POOL_ARN])).toMatchObject({ ok: false, failure: "token-use" });
  });

  it("matches the identity validation expression against the whole aud claim, which access tokens lack", () => {
    expect(checkIssuedToken(jwt(idToken()), [POOL_ARN], "client-[0-9]")).toMatchObject({ ok: true });
    expect(checkIssuedToken(jwt(idToken()), [POOL_ARN], "client")).toMatchObject({ ok: false, failure: "audience" });
    expect(checkIssuedToken(jwt(accessToken()), [POOL_ARN], ".*")).toMatchObject({ ok: false, failure: "audience" });
  });
});

describe("checkTokenForMethod", () => {
  it("takes an unexpired ID token on a method without scopes, and refuses an access token there", () => {
    expect(checkTokenForMethod(idToken(), undefined, NOW)).toMatchObject({ ok: true });
    expect(checkTokenForMethod(idToken(), [], NOW)).toMatchObject({ ok: true });
    expect(checkTokenForMethod(accessToken({ scope: "pets/read" }), undefined, NOW)).toMatchObject({ ok: false, failure: "token-use" });
  });

  it("refuses a token at or past its exp, and one without a numeric exp", () => {
    expect(checkTokenForMethod(idToken({ exp: NOW }), undefined, NOW)).toMatchObject({ ok: false, failure: "expired" });
    expect(checkTokenForMethod(idToken({ exp: "tomorrow" }), undefined, NOW)).toMatchObject({ ok: false, failure: "malformed" });
  });

  it("on a method with scopes takes only an access token holding one of them", () => {
    const scopes = ["pets/read", "pets/write"];
    expect(checkTokenForMethod(accessToken({ scope: "openid pets/write" }), scopes, NOW)).toMatchObject({ ok: true });
    expect(checkTokenForMethod(accessToken({ scope: "openid pets/admin" }), scopes, NOW)).toMatchObject({ ok: false, failure: "scope" });
    expect(checkTokenForMethod(accessToken(), scopes, NOW)).toMatchObject({ ok: false, failure: "scope" });
    expect(checkTokenForMethod(idToken({ scope: "pets/read" }), scopes, NOW)).toMatchObject({ ok: false, failure: "token-use" });
  });
});
