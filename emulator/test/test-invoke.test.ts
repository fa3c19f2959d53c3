import { describe, expect, it } from "vitest";
import { CreateRequestValidatorCommand, TestInvokeMethodCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, expectAwsError } from "./support/clients";
import { addMethod, addMockMethod, createApi, lambdaUri, registerFunction, resourceAt } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

describe("TestInvokeMethod", () => {
  it("runs the working copy's MOCK method without a deployment and returns status, body, headers and an execution log", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "test-invoke-mock");
    const pet = await resourceAt(client, api, "/pets/{petId}");
    await addMockMethod(client, api, pet, "GET", `{"petId": "$input.params('petId')", "stage": "$context.stage", "env": "$stageVariables.env", "q": "$input.params('q')"}`);
    const result = await client.send(
      new TestInvokeMethodCommand({ restApiId: api.id, resourceId: pet, httpMethod: "GET", pathWithQueryString: "/pets/7?q=x", stageVariables: { env: "dev" } }),
    );
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body!)).toEqual({ petId: "7", stage: "test-invoke-stage", env: "dev", q: "x" });
    expect(result.headers).toMatchObject({ "Content-Type": "application/json" });
    expect(result.multiValueHeaders).toMatchObject({ "Content-Type": ["application/json"] });
    expect(result.latency).toBeGreaterThanOrEqual(0);
    const log = result.log!;
    expect(log).toMatch(/^Execution log for request [0-9a-f-]{36}\n/);
    expect(log).toMatch(/\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : Starting execution for request: /);
    expect(log).toContain("HTTP Method: GET, Resource Path: /pets/7");
    expect(log).toContain("Method request path: {petId=7}");
    expect(log).toContain("Method request query string: {q=x}");
    expect(log).toContain("Method completed with status: 200");
  });

  it("logs the endpoint request and response of a Lambda proxy method, with its cold start on the first call only", async () => {
    await registerFunction(sandbox.url, "ti-echo", "exports.handler = async (event) => ({ statusCode: 201, body: JSON.stringify({ got: event.body, path: event.path }) })", { coldStartMs: 0 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "test-invoke-lambda");
    const items = await resourceAt(client, api, "/items");
    await addMethod(client, api, items, "POST", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("ti-echo") });
    const invoke = () =>
      client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: items, httpMethod: "POST", body: '{"a":1}', headers: { "Content-Type": "application/json" } }));
    const first = await invoke();
    expect(first.status).toBe(201);
    expect(JSON.parse(first.body!)).toEqual({ got: '{"a":1}', path: "/items" });
    expect(first.log).toContain(`Endpoint request URI: ${lambdaUri("ti-echo")}`);
    expect(first.log).toContain('Endpoint response body before transformations: {"got":"{\\"a\\":1}","path":"/items"}');
    expect(first.log).toContain("Method request body before transformations: {\"a\":1}");
    expect(first.log).toContain("cold start");
    expect((await invoke()).log).not.toContain("cold start");
  });

  it("reports a function that is not registered as a 502 with the reason in the log", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "test-invoke-unregistered");
    await addMethod(client, api, api.rootId, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("nobody-home") });
    const result = await client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET" }));
    expect(result.status).toBe(502);
    expect(JSON.parse(result.body!)).toEqual({ message: "Internal server error" });
    expect(result.log).toContain("Lambda function nobody-home is not registered with the Archway sandbox");
  });

  it("runs the method request validator and answers its 400 in the body", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "test-invoke-validation");
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId: api.id, name: "params", validateRequestParameters: true }));
    await addMockMethod(client, api, api.rootId, "GET", "{}", { requestValidatorId: validator.id, requestParameters: { "method.request.querystring.name": true } });
    const result = await client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET" }));
    expect(result.status).toBe(400);
    expect(JSON.parse(result.body!)).toEqual({ message: "Missing required request parameters: [name]" });
    expect(result.log).toContain("Missing required request parameters: [name]");
  });

  it("answers NotFoundException for an unknown resource or method", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "test-invoke-missing");
    const resource = await expectAwsError(client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: "nope000000", httpMethod: "GET" })));
    expect(resource).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Resource identifier specified" });
    const method = await expectAwsError(client.send(new TestInvokeMethodCommand({ restApiId: api.id, resourceId: api.rootId, httpMethod: "GET" })));
    expect(method).toMatchObject({ name: "NotFoundException", status: 404, message: "Invalid Method identifier specified" });
  });
});
