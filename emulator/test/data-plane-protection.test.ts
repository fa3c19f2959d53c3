import { describe, expect, it } from "vitest";
import {
  CreateApiKeyCommand,
  CreateModelCommand,
  CreateRequestValidatorCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetUsageCommand,
  UpdateRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMethod, addMockMethod, createApi, deploy, deployedMockApi, replaceStageSettings, resourceAt, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

describe("API keys and usage plans", () => {
  it("needs an enabled key in a usage plan for the stage, counts usage, and stops at the quota", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "keyed", '{"ok": true, "keyId": "$context.identity.apiKeyId"}', { apiKeyRequired: true });
    const key = await client.send(new CreateApiKeyCommand({ name: "customer", enabled: true }));
    const unplanned = await client.send(new CreateApiKeyCommand({ name: "no-plan", enabled: true }));
    const plan = await client.send(
      new CreateUsagePlanCommand({ name: "basic", apiStages: [{ apiId: api.id, stage: "prod" }], quota: { limit: 2, period: "DAY" } }),
    );
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));
    const call = (apiKey?: string) => fetch(stageUrl(sandbox.url, api, "prod", "/"), { headers: apiKey ? { "x-api-key": apiKey } : {} });

    for (const denied of [await call(), await call("not-a-key"), await call(unplanned.value)]) {
      expect(denied.status).toBe(403);
      expect(denied.headers.get("x-amzn-errortype")).toBe("ForbiddenException");
      expect(await denied.json()).toEqual({ message: "Forbidden" });
    }
    const first = await call(key.value);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, keyId: key.id });
    expect((await call(key.value)).status).toBe(200);
    const over = await call(key.value);
    expect(over.status).toBe(429);
    expect(over.headers.get("x-amzn-errortype")).toBe("LimitExceededException");
    expect(await over.json()).toEqual({ message: "Limit Exceeded" });

    const today = new Date().toISOString().slice(0, 10);
    const usage = await client.send(new GetUsageCommand({ usagePlanId: plan.id, startDate: today, endDate: today }));
    expect(usage.items?.[key.id!]).toEqual([[2, 0]]);
  });
});

describe("throttling", () => {
  it("answers 429 Too Many Requests once a stage's burst is spent", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "throttled");
    await replaceStageSettings(client, api, "prod", {
      "/*/*/throttling/rateLimit": "0.01",
      "/*/*/throttling/burstLimit": "2",
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(stageUrl(sandbox.url, api, "prod", "/"))).status);
    expect(statuses).toEqual([200, 200, 429]);
    const throttled = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    expect(throttled.headers.get("x-amzn-errortype")).toBe("TooManyRequestsException");
    expect(await throttled.json()).toEqual({ message: "Too Many Requests" });
  });

  it("applies a method's own limit without touching the stage's other methods", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "throttled-method");
    await addMockMethod(client, api, await resourceAt(client, api, "/slow"), "GET", "{}");
    await addMockMethod(client, api, await resourceAt(client, api, "/fast"), "GET", "{}");
    await deploy(client, api, "prod");
    await replaceStageSettings(client, api, "prod", {
      "/~1slow/GET/throttling/rateLimit": "0.01",
      "/~1slow/GET/throttling/burstLimit": "1",
    });
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/slow"))).status).toBe(200);
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/slow"))).status).toBe(429);
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/fast"))).status).toBe(200);
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/fast"))).status).toBe(200);
  });
});

describe("request validation", () => {
  it("rejects missing required parameters, then a body that does not match the model", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "validated");
    await client.send(
      new CreateModelCommand({
        restApiId: api.id,
        name: "Pet",
        contentType: "application/json",
        schema: JSON.stringify({ $schema: "http://json-schema.org/draft-04/schema#", type: "object", required: ["name"], properties: { name: { type: "string" } } }),
      }),
    );
    const validator = await client.send(new CreateRequestValidatorCommand({ restApiId: api.id, name: "all", validateRequestBody: true, validateRequestParameters: true }));
    await addMockMethod(client, api, await resourceAt(client, api, "/pets"), "POST", '{"created": true}', {
      requestValidatorId: validator.id,
      requestParameters: { "method.request.querystring.owner": true, "method.request.header.X-Team": true },
      requestModels: { "application/json": "Pet" },
    });
    await deploy(client, api, "prod");
    const post = (query: string, headers: Record<string, string>, body: string) =>
      fetch(`${stageUrl(sandbox.url, api, "prod", "/pets")}${query}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

    const noParams = await post("", {}, '{"name":"Rex"}');
    expect(noParams.status).toBe(400);
    expect(noParams.headers.get("x-amzn-errortype")).toBe("BadRequestException");
    expect(await noParams.json()).toEqual({ message: "Missing required request parameters: [owner, X-Team]" });
    const badBody = await post("?owner=ann", { "x-team": "blue" }, '{"name": 7}');
    expect(badBody.status).toBe(400);
    expect(await badBody.json()).toEqual({ message: "Invalid request body" });
    const ok = await post("?owner=ann", { "x-team": "blue" }, '{"name":"Rex"}');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ created: true });
  });
});

describe("method authorization and endpoint switches", () => {
  it("needs a SigV4 Authorization header on AWS_IAM methods", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "iam", '{"ok": true}', { authorizationType: "AWS_IAM" });
    const unsigned = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    expect(unsigned.status).toBe(403);
    expect(await unsigned.json()).toEqual({ message: "Missing Authentication Token" });
    const signed = await fetch(stageUrl(sandbox.url, api, "prod", "/"), {
      headers: { authorization: "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=0" },
    });
    expect(signed.status).toBe(200);
  });

  it("answers 403 Forbidden when the execute-api endpoint is disabled", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "disabled-endpoint");
    await client.send(new UpdateRestApiCommand({ restApiId: api.id, patchOperations: [{ op: "replace", path: "/disableExecuteApiEndpoint", value: "true" }] }));
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ message: "Forbidden" });
  });

  it("answers 415 when no request template matches and passthroughBehavior is NEVER", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "never-passthrough");
    await addMethod(
      client,
      api,
      api.rootId,
      "POST",
      { type: "MOCK", passthroughBehavior: "NEVER", requestTemplates: { "application/json": '{"statusCode": 200}' } },
      {},
      { "application/json": '{"ok": true}' },
    );
    await deploy(client, api, "prod");
    const xml = await fetch(stageUrl(sandbox.url, api, "prod", "/"), { method: "POST", headers: { "content-type": "application/xml" }, body: "<a/>" });
    expect(xml.status).toBe(415);
    expect(await xml.json()).toEqual({ message: "Unsupported Media Type" });
    const json = await fetch(stageUrl(sandbox.url, api, "prod", "/"), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(200);
  });
});
