import { describe, expect, it } from "vitest";
import {
  CreateAuthorizerCommand,
  FlushStageAuthorizersCacheCommand,
  PutIntegrationResponseCommand,
  TestInvokeAuthorizerCommand,
  UpdateMethodResponseCommand,
  UpdateStageCommand,
  type CreateAuthorizerCommandInput,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMethod, addMockMethod, createApi, deploy, lambdaUri, registerFunction, resourceAt, stageUrl, type TestApi } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

const POOL_ID = "us-east-1_Pets1";
const OTHER_POOL_ID = "us-east-1_Other2";
const poolArn = (poolId: string) => `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${poolId}`;
const issuer = (poolId: string) => `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

// User pool tokens as Cognito issues them, with a signature the sandbox cannot (and does not) verify.
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const jwt = (payload: Record<string, unknown>) => `${part({ kid: "key-1", alg: "RS256" })}.${part(payload)}.${Buffer.from("not-verified").toString("base64url")}`;
const idToken = (extra: Record<string, unknown> = {}) =>
  jwt({ sub: "user-1", iss: issuer(POOL_ID), aud: "app-client-1", token_use: "id", "cognito:username": "ann", email: "ann@example.com", email_verified: true, auth_time: 1_700_000_000, iat: 1_700_000_000, exp: inAnHour(), ...extra });
const accessToken = (scope: string, extra: Record<string, unknown> = {}) =>
  jwt({ sub: "user-1", iss: issuer(POOL_ID), client_id: "app-client-1", token_use: "access", scope, username: "ann", exp: inAnHour(), ...extra });

type AuthorizerOptions = Partial<Omit<CreateAuthorizerCommandInput, "restApiId" | "name" | "type">>;

async function cognitoAuthorizer(api: TestApi, options: AuthorizerOptions = {}): Promise<string> {
  const created = await apiGatewayClient(sandbox.url).send(
    new CreateAuthorizerCommand({ restApiId: api.id, name: "pets-pool", type: "COGNITO_USER_POOLS", providerARNs: [poolArn(POOL_ID)], identitySource: "method.request.header.Authorization", ...options }),
  );
  return created.id!;
}

/** A deployed API whose root GET is a MOCK answering the caller's email claim, guarded by a Cognito authorizer. */
async function mockApiWithPool(name: string, options: AuthorizerOptions = {}, authorizationScopes?: string[]) {
  const client = apiGatewayClient(sandbox.url);
  const api = await createApi(client, name);
  const authorizerId = await cognitoAuthorizer(api, options);
  await addMockMethod(client, api, api.rootId, "GET", '{"email": "$context.authorizer.claims.email"}', { authorizationType: "COGNITO_USER_POOLS", authorizerId, authorizationScopes });
  await deploy(client, api, "prod");
  const call = (authorization?: string) => fetch(stageUrl(sandbox.url, api, "prod", "/"), { headers: authorization === undefined ? {} : { authorization } });
  return { client, api, authorizerId, call };
}

async function expectRefusal(response: Response, message = "Unauthorized") {
  expect(response.status).toBe(401);
  expect(response.headers.get("x-amzn-errortype")).toBe("UnauthorizedException");
  expect(await response.json()).toEqual({ message });
}

describe("COGNITO_USER_POOLS authorizers on a deployed stage", () => {
  it("accepts a user pool ID token and gives its claims to the mapping template", async () => {
    const { call } = await mockApiWithPool("cognito-mock");
    const response = await call(idToken());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ email: "ann@example.com" });
  });

  it("takes the token with a Bearer prefix too", async () => {
    const { call } = await mockApiWithPool("cognito-bearer");
    const response = await call(`Bearer ${idToken()}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ email: "ann@example.com" });
  });

  it("answers 401 Unauthorized without a token, for a token that is not a JWT, and for another pool's token", async () => {
    const { call } = await mockApiWithPool("cognito-refusals");
    await expectRefusal(await call());
    await expectRefusal(await call("not-a-jwt"));
    await expectRefusal(await call(idToken().split(".").slice(0, 2).join(".")));
    await expectRefusal(await call(idToken({ iss: issuer(OTHER_POOL_ID) })));
    await expectRefusal(await call(idToken({ iss: "https://issuer.example.com/us-east-1_Pets1" })));
    await expectRefusal(await call(idToken({ token_use: "refresh" })));
  });

  it("answers 401 'The incoming token has expired' for an expired token", async () => {
    const { call } = await mockApiWithPool("cognito-expired");
    await expectRefusal(await call(idToken({ exp: Math.floor(Date.now() / 1000) - 60 })), "The incoming token has expired");
  });

  it("reads the token from the authorizer's own identity source header", async () => {
    const { api } = await mockApiWithPool("cognito-source", { identitySource: "method.request.header.X-Id-Token" });
    const url = stageUrl(sandbox.url, api, "prod", "/");
    expect((await fetch(url, { headers: { "x-id-token": idToken() } })).status).toBe(200);
    await expectRefusal(await fetch(url, { headers: { authorization: idToken() } }));
  });

  it("accepts tokens of every pool the authorizer lists", async () => {
    const { call } = await mockApiWithPool("cognito-two-pools", { providerARNs: [poolArn(OTHER_POOL_ID), poolArn(POOL_ID)] });
    expect((await call(idToken())).status).toBe(200);
    expect((await call(idToken({ iss: issuer(OTHER_POOL_ID) }))).status).toBe(200);
  });

  it("without OAuth scopes on the method refuses an access token", async () => {
    const { call } = await mockApiWithPool("cognito-no-scopes");
    await expectRefusal(await call(accessToken("pets/read")));
  });

  it("with OAuth scopes on the method takes only an access token holding one of them", async () => {
    const { call } = await mockApiWithPool("cognito-scopes", {}, ["pets/read", "pets/write"]);
    const allowed = await call(accessToken("openid pets/write"));
    expect(allowed.status).toBe(200);
    await expectRefusal(await call(accessToken("openid pets/admin")));
    await expectRefusal(await call(idToken()));
  });

  it("matches the identity validation expression against the ID token's aud, which access tokens lack", async () => {
    const { call } = await mockApiWithPool("cognito-aud", { identityValidationExpression: "app-client-[0-9]+" });
    expect((await call(idToken())).status).toBe(200);
    await expectRefusal(await call(idToken({ aud: "some-other-client" })));
    const scoped = await mockApiWithPool("cognito-aud-scoped", { identityValidationExpression: ".*" }, ["pets/read"]);
    await expectRefusal(await scoped.call(accessToken("pets/read")));
  });

  it("maps claims through parameter mappings into method response headers", async () => {
    const { client, api, call } = await mockApiWithPool("cognito-mapping");
    const header = "method.response.header.X-User";
    await client.send(
      new UpdateMethodResponseCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET", statusCode: "200", patchOperations: [{ op: "add", path: `/responseParameters/${header}`, value: "false" }] }),
    );
    await client.send(
      new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: api.rootId,
        httpMethod: "GET",
        statusCode: "200",
        responseParameters: { [header]: "context.authorizer.claims.cognito:username" },
        responseTemplates: { "application/json": '{"sub": "$context.authorizer.claims.sub"}' },
      }),
    );
    await deploy(client, api, "prod");
    const response = await call(idToken());
    expect(response.headers.get("x-user")).toBe("ann");
    expect(await response.json()).toEqual({ sub: "user-1" });
  });

  it("hands the claims, as strings, to a Lambda proxy function in requestContext.authorizer.claims", async () => {
    await registerFunction(sandbox.url, "cognito-whoami", "exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) })", { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "cognito-lambda");
    const authorizerId = await cognitoAuthorizer(api);
    const me = await resourceAt(client, api, "/me");
    await addMethod(client, api, me, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("cognito-whoami") }, { authorizationType: "COGNITO_USER_POOLS", authorizerId });
    await deploy(client, api, "prod");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/me"), { headers: { authorization: idToken({ exp: 1_900_000_000 }) } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      claims: {
        sub: "user-1",
        iss: issuer(POOL_ID),
        aud: "app-client-1",
        token_use: "id",
        "cognito:username": "ann",
        email: "ann@example.com",
        email_verified: "true",
        auth_time: "1700000000",
        iat: "Tue Nov 14 22:13:20 UTC 2023",
        exp: "Sun Mar 17 17:46:40 UTC 2030",
      },
    });
  });

  it("caches an accepted token for the authorizer's TTL until the stage's authorizer cache is flushed", async () => {
    // The pool comes from a stage variable, so moving the stage to another pool shows which answers are cached.
    const { client, api, call } = await mockApiWithPool("cognito-cache", { providerARNs: [poolArn("${stageVariables.pool}")], authorizerResultTtlInSeconds: 300 });
    const movePool = (pool: string) => client.send(new UpdateStageCommand({ restApiId: api.id, stageName: "prod", patchOperations: [{ op: "replace", path: "/variables/pool", value: pool }] }));
    await movePool(POOL_ID);
    const seen = idToken();
    expect((await call(seen)).status).toBe(200);
    await movePool(OTHER_POOL_ID);
    expect((await call(seen)).status).toBe(200);
    await expectRefusal(await call(idToken({ sub: "user-2" })));
    await client.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id, stageName: "prod" }));
    await expectRefusal(await call(seen));
  });
});

describe("TestInvokeAuthorizer with a Cognito authorizer", () => {
  it("returns clientStatus 0 and the ID token's claims, and says the signature was not verified", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "cognito-test-invoke");
    const authorizerId = await cognitoAuthorizer(api);
    const result = await client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId, headers: { Authorization: idToken() } }));
    expect(result.clientStatus).toBe(0);
    expect(result.claims).toMatchObject({ sub: "user-1", email: "ann@example.com", email_verified: "true", token_use: "id" });
    expect(result.log).toContain("signature not verified");
  });

  it("returns clientStatus 401 for a missing, foreign or expired token", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "cognito-test-invoke-refusals");
    const authorizerId = await cognitoAuthorizer(api);
    const invoke = (headers: Record<string, string>) => client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId, headers }));
    const cases: Record<string, string>[] = [{}, { Authorization: idToken({ iss: issuer(OTHER_POOL_ID) }) }, { Authorization: idToken({ exp: 1_000 }) }];
    for (const headers of cases) {
      const result = await invoke(headers);
      expect(result.clientStatus).toBe(401);
      expect(result.claims).toBeUndefined();
    }
  });
});
