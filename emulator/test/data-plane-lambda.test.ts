import { describe, expect, it } from "vitest";
import { CreateAuthorizerCommand, FlushStageAuthorizersCacheCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMethod, createApi, deploy, lambdaUri, registerFunction, resourceAt, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

const echoEvent = "exports.handler = async (event) => ({ statusCode: 200, headers: { 'X-Fn': 'echo' }, body: JSON.stringify(event) });";

async function proxyApi(name: string, fn: string, path = "/pets/{petId}") {
  const client = apiGatewayClient(sandbox.url);
  const api = await createApi(client, name);
  const resource = await resourceAt(client, api, path);
  await addMethod(client, api, resource, "ANY", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri(fn) });
  await deploy(client, api, "prod", { env: "production" });
  return { client, api, resource };
}

describe("Lambda proxy integrations with local functions", () => {
  it("registers a function through the admin API and refuses code without a handler", async () => {
    const created = await registerFunction(sandbox.url, "registered", "exports.handler = async () => ({})");
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ name: "registered" });
    const broken = await registerFunction(sandbox.url, "broken", "module.exports = 1");
    expect(broken.status).toBe(400);
    expect((await broken.json()).message).toContain("exports.handler");
  });

  it("passes the payload 1.0 event and returns the function's status, headers and body", async () => {
    await registerFunction(sandbox.url, "echo-event", echoEvent, { coldStartMs: 0 });
    const { api } = await proxyApi("lambda-event", "echo-event");
    const response = await fetch(`${stageUrl(sandbox.url, api, "prod", "/pets/42")}?q=a&q=b`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-team": "blue" },
      body: '{"name":"Rex"}',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-fn")).toBe("echo");
    const event = await response.json();
    expect(event).toMatchObject({
      resource: "/pets/{petId}",
      path: "/pets/42",
      httpMethod: "POST",
      queryStringParameters: { q: "b" },
      multiValueQueryStringParameters: { q: ["a", "b"] },
      pathParameters: { petId: "42" },
      stageVariables: { env: "production" },
      body: '{"name":"Rex"}',
      isBase64Encoded: false,
      requestContext: { apiId: api.id, stage: "prod", resourcePath: "/pets/{petId}", httpMethod: "POST", path: "/prod/pets/42", protocol: "HTTP/1.1" },
    });
    expect(event.headers["x-team"]).toBe("blue");
    expect(event.requestContext.identity.sourceIp).toBe("127.0.0.1");
    expect(event.requestContext.requestId).toBe(response.headers.get("x-amzn-requestid"));
  });

  it("passes query parameters named like Object's own members (__proto__, constructor) as plain parameters", async () => {
    await registerFunction(sandbox.url, "echo-odd-names", echoEvent, { coldStartMs: 0 });
    const { api } = await proxyApi("lambda-odd-names", "echo-odd-names");
    const response = await fetch(`${stageUrl(sandbox.url, api, "prod", "/pets/42")}?__proto__=a&constructor=b&toString=c`);
    expect(response.status).toBe(200);
    const event = await response.json();
    // JSON.parse: in an object literal, __proto__ would set the prototype instead of naming a member.
    expect(event.multiValueQueryStringParameters).toEqual(JSON.parse('{"__proto__":["a"],"constructor":["b"],"toString":["c"]}'));
    expect(event.queryStringParameters).toEqual(JSON.parse('{"__proto__":"a","constructor":"b","toString":"c"}'));
  });

  it("sends null for absent maps and body", async () => {
    await registerFunction(sandbox.url, "echo-nulls", echoEvent, { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "lambda-nulls");
    await addMethod(client, api, api.rootId, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("echo-nulls") });
    await deploy(client, api, "prod");
    const event = await (await fetch(stageUrl(sandbox.url, api, "prod", "/"))).json();
    expect(event).toMatchObject({ queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: null, stageVariables: null, body: null });
  });

  it("answers 502 when the function is not registered, or fails, or returns a malformed response", async () => {
    await registerFunction(sandbox.url, "throws", "exports.handler = async () => { throw new Error('boom') }", { coldStartMs: 0 });
    await registerFunction(sandbox.url, "malformed", "exports.handler = async () => ({ statusCode: 200, body: { not: 'a string' } })", { coldStartMs: 0 });
    for (const fn of ["never-registered", "throws", "malformed"]) {
      const { api } = await proxyApi(`lambda-${fn}`, fn);
      const response = await fetch(stageUrl(sandbox.url, api, "prod", "/pets/1"));
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({ message: "Internal server error" });
    }
  });

  it("answers 500 when Node cannot write the function's headers, and the requests answered with it are unharmed", async () => {
    await registerFunction(sandbox.url, "bad-header", "exports.handler = async () => ({ statusCode: 200, headers: { 'x-bad': 'a\\nb' }, body: 'x' })", { coldStartMs: 0 });
    await registerFunction(sandbox.url, "echo-path", "exports.handler = async (event) => ({ statusCode: 200, body: event.path })", { coldStartMs: 0 });
    const bad = (await proxyApi("lambda-bad-header", "bad-header")).api;
    const good = (await proxyApi("lambda-good-beside-bad", "echo-path")).api;
    // Sent together, so the sandbox writes their answers in one batch with the one it cannot write.
    const [refused, ...served] = await Promise.all([
      fetch(stageUrl(sandbox.url, bad, "prod", "/pets/1")),
      ...[1, 2, 3, 4].map((n) => fetch(stageUrl(sandbox.url, good, "prod", `/pets/${n}`))),
    ]);
    expect(refused!.status).toBe(500);
    expect(await refused!.json()).toEqual({ message: "Internal server error" });
    expect(await Promise.all(served.map(async (response) => `${response.status} ${await response.text()}`))).toEqual(["200 /pets/1", "200 /pets/2", "200 /pets/3", "200 /pets/4"]);
    expect((await fetch(stageUrl(sandbox.url, good, "prod", "/pets/5"))).status).toBe(200);
  });

  it("sends a body of one of the API's binary media types base64-encoded", async () => {
    await registerFunction(sandbox.url, "echo-binary", echoEvent, { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const { CreateRestApiCommand } = await import("@aws-sdk/client-api-gateway");
    const created = await client.send(new CreateRestApiCommand({ name: "lambda-binary-in", binaryMediaTypes: ["image/*"] }));
    const api = { id: created.id!, rootId: created.rootResourceId! };
    await addMethod(client, api, api.rootId, "POST", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("echo-binary") });
    await deploy(client, api, "prod");
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const event = await (await fetch(stageUrl(sandbox.url, api, "prod", "/"), { method: "POST", headers: { "content-type": "image/png" }, body: bytes })).json();
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body, "base64")).toEqual(bytes);
  });

  it("decodes a base64 body the function marks as encoded", async () => {
    await registerFunction(sandbox.url, "binary", "exports.handler = async () => ({ statusCode: 201, body: Buffer.from('hello').toString('base64'), isBase64Encoded: true })", { coldStartMs: 0 });
    const { api } = await proxyApi("lambda-binary", "binary");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/pets/1"));
    expect(response.status).toBe(201);
    expect(await response.text()).toBe("hello");
  });

  it("sends every byte of a binary or UTF-8 answer as the function gave it", async () => {
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xc3, 0x28, 0x80, 0x0a];
    const code = `exports.handler = async (event) => event.path.endsWith("/binary")
      ? { statusCode: 200, body: Buffer.from(${JSON.stringify(bytes)}).toString("base64"), isBase64Encoded: true }
      : { statusCode: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: "héllo ✓ 日本 🐾" }`;
    await registerFunction(sandbox.url, "bytes", code, { coldStartMs: 0 });
    const { api } = await proxyApi("lambda-bytes", "bytes");
    const binary = await fetch(stageUrl(sandbox.url, api, "prod", "/pets/binary"));
    expect(Buffer.from(await binary.arrayBuffer())).toEqual(Buffer.from(bytes));
    expect(binary.headers.get("content-length")).toBe(String(bytes.length));
    const text = await fetch(stageUrl(sandbox.url, api, "prod", "/pets/text"));
    expect(await text.text()).toBe("héllo ✓ 日本 🐾");
    expect(text.headers.get("content-length")).toBe(String(Buffer.byteLength("héllo ✓ 日本 🐾")));
  });

  it("answers 504 Endpoint request timed out when the function outlasts the integration timeout", async () => {
    await registerFunction(sandbox.url, "sleepy", "exports.handler = () => new Promise((r) => setTimeout(() => r({ statusCode: 200, body: 'late' }), 2000))", { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "lambda-timeout");
    await addMethod(client, api, api.rootId, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("sleepy"), timeoutInMillis: 100 });
    await deploy(client, api, "prod");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ message: "Endpoint request timed out" });
  });

  it("on a warm function, times out at the integration's timeout or the function's own, whichever is shorter", async () => {
    const code = "exports.handler = async (event) => event.queryStringParameters?.slow ? new Promise((r) => setTimeout(() => r({ statusCode: 200, body: 'late' }), 1500)) : { statusCode: 200, body: 'fast' }";
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "lambda-warm-timeouts");
    for (const [name, functionTimeoutMs] of [["outlasts-integration", 5_000], ["times-out-first", 50]] as const) {
      await registerFunction(sandbox.url, name, code, { coldStartMs: 0, timeoutMs: functionTimeoutMs });
      const resource = await resourceAt(client, api, `/${name}`);
      await addMethod(client, api, resource, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri(name), timeoutInMillis: 300 });
    }
    await deploy(client, api, "prod");
    for (const name of ["outlasts-integration", "times-out-first"]) {
      // The first call starts the function; the second finds it warm.
      expect(await (await fetch(stageUrl(sandbox.url, api, "prod", `/${name}`))).text()).toBe("fast");
    }
    const integrationTimeout = await fetch(stageUrl(sandbox.url, api, "prod", "/outlasts-integration?slow=1"));
    expect(integrationTimeout.status).toBe(504);
    expect(await integrationTimeout.json()).toEqual({ message: "Endpoint request timed out" });
    // The function's own timeout is a function error: 502, as AWS answers a Lambda that timed out.
    const functionTimeout = await fetch(stageUrl(sandbox.url, api, "prod", "/times-out-first?slow=1"));
    expect(functionTimeout.status).toBe(502);
    expect(await functionTimeout.json()).toEqual({ message: "Internal server error" });
  });
});

describe("Lambda (non-proxy) integrations", () => {
  it("maps the body into the event, and selects an error response by the function's error message", async () => {
    const code = "exports.handler = async (event) => { if (!event.name) throw new Error('Bad input: name'); return { greeting: 'hi ' + event.name }; }";
    await registerFunction(sandbox.url, "greeter", code, { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "lambda-aws");
    const greet = await resourceAt(client, api, "/greet");
    await addMethod(
      client,
      api,
      greet,
      "POST",
      { type: "AWS", integrationHttpMethod: "POST", uri: lambdaUri("greeter"), requestTemplates: { "application/json": '{"name": $input.json(\'$.who\')}' } },
      {},
      { "application/json": '{"message": $input.json(\'$.greeting\')}' },
    );
    const { PutMethodResponseCommand, PutIntegrationResponseCommand } = await import("@aws-sdk/client-api-gateway");
    await client.send(new PutMethodResponseCommand({ restApiId: api.id, resourceId: greet, httpMethod: "POST", statusCode: "400" }));
    await client.send(
      new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: greet,
        httpMethod: "POST",
        statusCode: "400",
        selectionPattern: "Bad input.*",
        responseTemplates: { "application/json": '{"error": $input.json(\'$.errorMessage\')}' },
      }),
    );
    await deploy(client, api, "prod");
    const post = (body: unknown) =>
      fetch(stageUrl(sandbox.url, api, "prod", "/greet"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const ok = await post({ who: "Ann" });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ message: "hi Ann" });
    const bad = await post({});
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "Bad input: name" });
  });
});

describe("AWS service integrations", () => {
  it("says by name that services other than Lambda are not emulated", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "aws-dynamodb");
    await addMethod(client, api, api.rootId, "POST", {
      type: "AWS",
      integrationHttpMethod: "POST",
      uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
      credentials: "arn:aws:iam::000000000000:role/apigateway-dynamodb",
    });
    await deploy(client, api, "prod");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(501);
    expect(response.headers.get("x-amzn-errortype")).toBe("NotImplementedException");
    expect((await response.json()).message).toBe("The Archway sandbox does not implement AWS integrations with the dynamodb service yet.");
  });
});

describe("Lambda (CUSTOM) authorizers", () => {
  it("allows a token the authorizer accepts, passes its context, and answers 401 and 403 otherwise", async () => {
    const authorizerCode = `exports.handler = async (event) => {
      if (event.authorizationToken === 'bad') throw new Error('Unauthorized');
      const effect = event.authorizationToken === 'allow' ? 'Allow' : 'Deny';
      return { principalId: 'user-1', context: { team: 'blue' },
        policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: event.methodArn }] } };
    };`;
    await registerFunction(sandbox.url, "token-auth", authorizerCode, { coldStartMs: 0 });
    await registerFunction(sandbox.url, "whoami", "exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event.requestContext.authorizer) })", { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "lambda-authorizer");
    const authorizer = await client.send(
      new CreateAuthorizerCommand({ restApiId: api.id, name: "token", type: "TOKEN", authorizerUri: lambdaUri("token-auth"), identitySource: "method.request.header.Authorization" }),
    );
    await addMethod(client, api, api.rootId, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("whoami") }, { authorizationType: "CUSTOM", authorizerId: authorizer.id });
    await deploy(client, api, "prod");
    const call = (token?: string) => fetch(stageUrl(sandbox.url, api, "prod", "/"), { headers: token ? { authorization: token } : {} });

    const allowed = await call("allow");
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toMatchObject({ principalId: "user-1", team: "blue" });
    const missing = await call();
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ message: "Unauthorized" });
    expect((await call("bad")).status).toBe(401);
    const denied = await call("deny");
    expect(denied.status).toBe(403);
    expect(denied.headers.get("x-amzn-errortype")).toBe("AccessDeniedException");
  });

  it("caches the authorizer's answer per token for its TTL until the stage's authorizer cache is flushed", async () => {
    const counting = `let calls = 0;
    exports.handler = async (event) => ({ principalId: 'p', context: { calls: ++calls },
      policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: '*' }] } });`;
    await registerFunction(sandbox.url, "counting-auth", counting, { coldStartMs: 0 });
    await registerFunction(sandbox.url, "show-calls", "exports.handler = async (event) => ({ statusCode: 200, body: String(event.requestContext.authorizer.calls) })", { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "lambda-authorizer-cache");
    const authorizer = await client.send(
      new CreateAuthorizerCommand({ restApiId: api.id, name: "cached", type: "TOKEN", authorizerUri: lambdaUri("counting-auth"), identitySource: "method.request.header.Authorization", authorizerResultTtlInSeconds: 300 }),
    );
    await addMethod(client, api, api.rootId, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("show-calls") }, { authorizationType: "CUSTOM", authorizerId: authorizer.id });
    await deploy(client, api, "prod");
    const call = async (token: string) => (await fetch(stageUrl(sandbox.url, api, "prod", "/"), { headers: { authorization: token } })).text();

    expect(await call("t1")).toBe("1");
    expect(await call("t1")).toBe("1");
    expect(await call("t2")).toBe("2");
    await client.send(new FlushStageAuthorizersCacheCommand({ restApiId: api.id, stageName: "prod" }));
    expect(await call("t1")).toBe("3");
  });
});
