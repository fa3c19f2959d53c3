import { describe, expect, it } from "vitest";
import { CreateAuthorizerCommand, TestInvokeAuthorizerCommand, type CreateAuthorizerCommandInput } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { createApi, lambdaUri, registerFunction, resourceAt } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

// An authorizer function that decides on the token and echoes the event it saw into its context.
const deciding = `exports.handler = async (event) => {
  const token = event.authorizationToken ?? event.headers?.["x-token"];
  if (token === "unauthorized") throw new Error("Unauthorized");
  if (token === "broken") throw new Error("database down");
  if (token === "no-policy") return { principalId: "nobody" };
  const effect = token === "deny" ? "Deny" : "Allow";
  return {
    principalId: "user-" + token,
    policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: event.methodArn }] },
    context: { event: JSON.stringify(event) },
  };
};`;

async function setUp(name: string, authorizer: Omit<CreateAuthorizerCommandInput, "restApiId" | "name">) {
  const client = apiGatewayClient(sandbox.url);
  await registerFunction(sandbox.url, "deciding-auth", deciding, { coldStartMs: 0 });
  const api = await createApi(client, name);
  const created = await client.send(new CreateAuthorizerCommand({ restApiId: api.id, name, ...authorizer }));
  const invoke = (input: Omit<ConstructorParameters<typeof TestInvokeAuthorizerCommand>[0], "restApiId" | "authorizerId">) =>
    client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: created.id, ...input }));
  return { client, api, authorizerId: created.id!, invoke };
}

const tokenAuthorizer = { type: "TOKEN", authorizerUri: lambdaUri("deciding-auth"), identitySource: "method.request.header.Authorization" } as const;
const logLines = (log: string | undefined) => (log ?? "").split("\n").map((line) => line.replace(/^.* UTC \d{4} : /, ""));

describe("TestInvokeAuthorizer with a TOKEN authorizer", () => {
  it("runs the function and returns clientStatus 200, the principal, its Allow policy and AWS's log lines", async () => {
    const { api, authorizerId, invoke } = await setUp("token-allow", tokenAuthorizer);
    const result = await invoke({ headers: { Authorization: "alice-token" } });
    expect(result.$metadata.httpStatusCode).toBe(200);
    expect(result.clientStatus).toBe(200);
    expect(result.principalId).toBe("user-alice-token");
    const policy = JSON.parse(result.policy!);
    expect(policy.Statement[0]).toEqual({ Action: "execute-api:Invoke", Effect: "Allow", Resource: `arn:aws:execute-api:us-east-1:000000000000:${api.id}/ESTestInvoke-stage/GET/` });
    expect(result.claims).toBeUndefined();
    expect(result.latency).toEqual(expect.any(Number));
    const lines = logLines(result.log);
    expect(lines[0]).toMatch(/^Execution log for request \S+$/);
    expect(lines[1]).toMatch(new RegExp(`^Starting authorizer: ${authorizerId} for request: \\S+$`));
    expect(lines).toContain("Incoming identity: *****-token");
    expect(lines).toContain("Endpoint request URI: https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:us-east-1:000000000000:function:deciding-auth/invocations");
    expect(lines.find((line) => line.startsWith("Endpoint request body after transformations: "))).toContain('"type":"TOKEN","authorizationToken":"alice-token"');
    expect(lines.find((line) => line.startsWith("Endpoint response body before transformations: "))).toContain('"principalId":"user-alice-token"');
    expect(lines.find((line) => line.startsWith("Authorizer result body before parsing: "))).toContain('"policyDocument"');
    expect(lines).toContain("Using valid authorizer policy for principal: user-alice-token");
    expect(lines).toContain("Successfully completed authorizer execution");
  });

  it("returns a Deny policy with clientStatus 200: the test shows the policy, it does not apply it to a method", async () => {
    const { invoke } = await setUp("token-deny", tokenAuthorizer);
    const result = await invoke({ headers: { Authorization: "deny" } });
    expect(result.clientStatus).toBe(200);
    expect(result.principalId).toBe("user-deny");
    expect(JSON.parse(result.policy!).Statement[0].Effect).toBe("Deny");
  });

  it("answers clientStatus 401 without running the function when the identity source header is missing", async () => {
    await registerFunction(sandbox.url, "counting-auth", "let calls = 0; exports.handler = async () => { calls++; throw new Error('ran ' + calls); };", { coldStartMs: 0 });
    const { invoke } = await setUp("token-missing", { ...tokenAuthorizer, authorizerUri: lambdaUri("counting-auth") });
    const result = await invoke({ headers: { "X-Other": "value" } });
    expect(result.clientStatus).toBe(401);
    expect(result.principalId).toBeUndefined();
    expect(result.policy).toBeUndefined();
    expect(result.log).not.toContain("Sending request to");
    expect(logLines(result.log)).toContain("Unauthorized");
  });

  it("answers clientStatus 401 for a token failing identityValidationExpression, without running the function", async () => {
    const { invoke } = await setUp("token-validation", { ...tokenAuthorizer, identityValidationExpression: "Bearer .+" });
    const refused = await invoke({ headers: { Authorization: "alice" } });
    expect(refused.clientStatus).toBe(401);
    expect(refused.log).not.toContain("Sending request to");
    expect((await invoke({ headers: { Authorization: "Bearer x" } })).clientStatus).toBe(200);
  });

  it("answers clientStatus 401 when the function fails with \"Unauthorized\"", async () => {
    const { invoke } = await setUp("token-unauthorized", tokenAuthorizer);
    const result = await invoke({ headers: { Authorization: "unauthorized" } });
    expect(result.clientStatus).toBe(401);
    expect(result.policy).toBeUndefined();
    expect(logLines(result.log)).toEqual(expect.arrayContaining([expect.stringMatching(/^Unauthorized request: \S+$/), "Unauthorized"]));
  });

  it("answers clientStatus 500 when the function fails otherwise or returns no policy", async () => {
    const { invoke } = await setUp("token-errors", tokenAuthorizer);
    const failed = await invoke({ headers: { Authorization: "broken" } });
    expect(failed.clientStatus).toBe(500);
    expect(failed.log).toContain("database down");
    expect(failed.log).toContain("AuthorizerConfigurationException");
    const noPolicy = await invoke({ headers: { Authorization: "no-policy" } });
    expect(noPolicy.clientStatus).toBe(500);
    expect(noPolicy.log).toContain("Execution failed due to configuration error: Could not parse policy");
  });

  it("answers clientStatus 500 and names the function when it is not registered with the sandbox", async () => {
    const { invoke } = await setUp("token-unregistered", { ...tokenAuthorizer, authorizerUri: lambdaUri("never-registered") });
    const result = await invoke({ headers: { Authorization: "alice" } });
    expect(result.clientStatus).toBe(500);
    expect(result.log).toContain("Authorizer function never-registered is not registered with the Archway sandbox");
    expect(result.log).toContain("AuthorizerConfigurationException");
  });

  it("runs the function again on every call: test invocations never use the authorizer cache", async () => {
    await registerFunction(sandbox.url, "counter-auth", `let calls = 0; exports.handler = async (event) => ({ principalId: "call-" + (++calls), policyDocument: { Version: "2012-10-17", Statement: [] } });`, { coldStartMs: 0 });
    const { invoke } = await setUp("token-no-cache", { ...tokenAuthorizer, authorizerUri: lambdaUri("counter-auth"), authorizerResultTtlInSeconds: 300 });
    const first = await invoke({ headers: { Authorization: "same" } });
    const second = await invoke({ headers: { Authorization: "same" } });
    expect(Number(second.principalId!.slice(5))).toBe(Number(first.principalId!.slice(5)) + 1);
  });
});

describe("TestInvokeAuthorizer with a REQUEST authorizer", () => {
  it("passes headers, query string, path parameters, stage variables and additionalContext into the event", async () => {
    const { client, api, invoke } = await setUp("request-event", {
      type: "REQUEST",
      authorizerUri: lambdaUri("deciding-auth"),
      identitySource: "method.request.header.X-Token, method.request.querystring.team",
    });
    await resourceAt(client, api, "/pets/{petId}");
    const result = await invoke({
      headers: { "X-Token": "bob-secret" },
      pathWithQueryString: "/pets/42?team=blue&team=red",
      stageVariables: { env: "test" },
      additionalContext: { tenant: "acme" },
    });
    expect(result.clientStatus).toBe(200);
    expect(result.principalId).toBe("user-bob-secret");
    const body = logLines(result.log).find((line) => line.startsWith("Endpoint request body after transformations: "))!;
    const event = JSON.parse(body.slice("Endpoint request body after transformations: ".length));
    expect(event).toMatchObject({
      type: "REQUEST",
      methodArn: `arn:aws:execute-api:us-east-1:000000000000:${api.id}/ESTestInvoke-stage/GET/`,
      resource: "/pets/{petId}",
      path: "/pets/42",
      httpMethod: "GET",
      headers: { "x-token": "bob-secret" },
      queryStringParameters: { team: "red" },
      multiValueQueryStringParameters: { team: ["blue", "red"] },
      pathParameters: { petId: "42" },
      stageVariables: { env: "test" },
      requestContext: { apiId: api.id, stage: "test-invoke-stage", resourcePath: "/pets/{petId}", tenant: "acme" },
    });
    expect(event).not.toHaveProperty("body");
    expect(logLines(result.log)).toContain("Incoming identity: {method.request.header.X-Token=****secret, method.request.querystring.team=***}");
  });

  it("gives the function the same event it echoes back: what the function saw is what the log shows", async () => {
    const { invoke } = await setUp("request-echo", { type: "REQUEST", authorizerUri: lambdaUri("deciding-auth"), identitySource: "method.request.header.X-Token" });
    const result = await invoke({ headers: { "X-Token": "carol" } });
    const resultBody = logLines(result.log).find((line) => line.startsWith("Authorizer result body before parsing: "))!;
    const seen = JSON.parse(JSON.parse(resultBody.slice("Authorizer result body before parsing: ".length)).context.event);
    expect(seen).toMatchObject({ type: "REQUEST", headers: { "x-token": "carol" }, path: "/", queryStringParameters: null });
  });

  it("answers clientStatus 401 without running the function when a request identity source is missing", async () => {
    const { invoke } = await setUp("request-missing", { type: "REQUEST", authorizerUri: lambdaUri("deciding-auth"), identitySource: "method.request.header.X-Token, method.request.querystring.team" });
    const result = await invoke({ headers: { "X-Token": "dave" } });
    expect(result.clientStatus).toBe(401);
    expect(result.log).not.toContain("Sending request to");
  });
});

describe("TestInvokeAuthorizer errors", () => {
  it("answers NotFoundException for an unknown authorizer", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "unknown-authorizer");
    const error = await client.send(new TestInvokeAuthorizerCommand({ restApiId: api.id, authorizerId: "nope00" })).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("NotFoundException");
    expect((error as Error).message).toBe("Invalid Authorizer identifier specified");
  });
});
