import { describe, expect, it } from "vitest";
import { PutGatewayResponseCommand, CreateDeploymentCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient } from "./support/clients";
import { addMethod, addMockMethod, createApi, deploy, getViaHost, resourceAt, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

describe("serving a deployed stage with MOCK integrations", () => {
  it("answers a MOCK method on both URL forms with the response template and AWS's request id headers", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "mock-basic");
    const pets = await resourceAt(client, api, "/pets");
    await addMockMethod(client, api, pets, "GET", '{"pets": [], "stage": "$context.stage"}');
    await deploy(client, api, "prod");

    const byPath = await fetch(stageUrl(sandbox.url, api, "prod", "/pets"));
    expect(byPath.status).toBe(200);
    expect(await byPath.json()).toEqual({ pets: [], stage: "prod" });
    expect(byPath.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
    expect(byPath.headers.get("x-amz-apigw-id")).toBeTruthy();
    expect(byPath.headers.get("content-type")).toBe("application/json");

    const byHost = await getViaHost(sandbox.port, `${api.id}.execute-api.localhost:${sandbox.port}`, "/prod/pets");
    expect(byHost.status).toBe(200);
    expect(JSON.parse(byHost.body)).toEqual({ pets: [], stage: "prod" });
  });

  it("answers 403 Missing Authentication Token for an unknown path, verb, stage or API", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "mock-miss");
    await addMockMethod(client, api, await resourceAt(client, api, "/pets"), "GET", "{}");
    await deploy(client, api, "prod");
    for (const url of [
      stageUrl(sandbox.url, api, "prod", "/cats"),
      stageUrl(sandbox.url, api, "beta", "/pets"),
      `${sandbox.url}/_aws/execute-api/nosuchapi1/prod/pets`,
    ]) {
      const response = await fetch(url);
      expect(response.status).toBe(403);
      expect(response.headers.get("x-amzn-errortype")).toBe("MissingAuthenticationTokenException");
      expect(await response.json()).toEqual({ message: "Missing Authentication Token" });
    }
    const wrongVerb = await fetch(stageUrl(sandbox.url, api, "prod", "/pets"), { method: "DELETE" });
    expect(wrongVerb.status).toBe(403);
  });

  it("routes path parameters, prefers literal paths, and sends the rest to a greedy ANY proxy", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "mock-routes");
    const petId = await resourceAt(client, api, "/pets/{petId}");
    await addMockMethod(client, api, petId, "GET", `{"petId": "$input.params('petId')", "q": "$input.params('q')"}`);
    const dogs = await resourceAt(client, api, "/dogs");
    await addMockMethod(client, api, dogs, "GET", '{"route": "dogs"}');
    const proxy = await resourceAt(client, api, "/{proxy+}");
    await addMockMethod(client, api, proxy, "ANY", `{"proxy": "$input.params('proxy')", "verb": "$context.httpMethod"}`);
    await deploy(client, api, "v1");

    expect(await (await fetch(stageUrl(sandbox.url, api, "v1", "/pets/42?q=dogs"))).json()).toEqual({ petId: "42", q: "dogs" });
    expect(await (await fetch(stageUrl(sandbox.url, api, "v1", "/dogs"))).json()).toEqual({ route: "dogs" });
    const deep = await fetch(stageUrl(sandbox.url, api, "v1", "/a/b/c"), { method: "PATCH" });
    expect(await deep.json()).toEqual({ proxy: "a/b/c", verb: "PATCH" });
  });

  it("selects the integration response by the status the mock request template sets, and maps response headers", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "mock-status");
    const teapot = await resourceAt(client, api, "/teapot");
    await addMethod(client, api, teapot, "GET", { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 418}' } });
    const { PutMethodResponseCommand, PutIntegrationResponseCommand } = await import("@aws-sdk/client-api-gateway");
    await client.send(
      new PutMethodResponseCommand({ restApiId: api.id, resourceId: teapot, httpMethod: "GET", statusCode: "418", responseParameters: { "method.response.header.X-Kind": false } }),
    );
    await client.send(
      new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: teapot,
        httpMethod: "GET",
        statusCode: "418",
        selectionPattern: "418",
        responseParameters: { "method.response.header.X-Kind": "'teapot'" },
        responseTemplates: { "application/json": '{"short": "and stout"}' },
      }),
    );
    await deploy(client, api, "prod");
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/teapot"));
    expect(response.status).toBe(418);
    expect(response.headers.get("x-kind")).toBe("teapot");
    expect(await response.json()).toEqual({ short: "and stout" });
  });

  it("renders a customised gateway response from the deployment, with DEFAULT_4XX headers on other 4xx errors", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "mock-gateway-responses");
    await addMockMethod(client, api, await resourceAt(client, api, "/pets"), "GET", "{}");
    await addMockMethod(client, api, await resourceAt(client, api, "/keyed"), "GET", "{}", { apiKeyRequired: true });
    await client.send(
      new PutGatewayResponseCommand({
        restApiId: api.id,
        responseType: "MISSING_AUTHENTICATION_TOKEN",
        statusCode: "404",
        responseTemplates: { "application/json": '{"error": "no route", "type": "$context.error.responseType"}' },
      }),
    );
    await client.send(
      new PutGatewayResponseCommand({ restApiId: api.id, responseType: "DEFAULT_4XX", responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" } }),
    );
    await client.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));
    const response = await fetch(stageUrl(sandbox.url, api, "prod", "/nowhere"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "no route", type: "MISSING_AUTHENTICATION_TOKEN" });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const noKey = await fetch(stageUrl(sandbox.url, api, "prod", "/keyed"));
    expect(noKey.status).toBe(403);
    expect(noKey.headers.get("access-control-allow-origin")).toBe("*");
    expect(noKey.headers.get("x-amzn-errortype")).toBe("ForbiddenException");
    expect(await noKey.json()).toEqual({ message: "Forbidden" });
  });

  it("finds a stage whatever the region it was deployed in, even when a pinned API id repeats across regions", async () => {
    const { CreateRestApiCommand } = await import("@aws-sdk/client-api-gateway");
    const east = apiGatewayClient(sandbox.url, { region: "us-east-1" });
    const west = apiGatewayClient(sandbox.url, { region: "eu-west-1" });
    for (const client of [east, west]) await client.send(new CreateRestApiCommand({ name: "pinned", tags: { _custom_id_: "pinnedapi1" } }));
    const { GetRestApiCommand } = await import("@aws-sdk/client-api-gateway");
    const westApi = await west.send(new GetRestApiCommand({ restApiId: "pinnedapi1" }));
    const api = { id: "pinnedapi1", rootId: westApi.rootResourceId! };
    await addMockMethod(west, api, api.rootId, "GET", '{"region": "west"}');
    await deploy(west, api, "live");
    const response = await fetch(stageUrl(sandbox.url, api, "live", "/"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ region: "west" });
  });

  it("serves what was deployed, not the working copy", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "mock-snapshot");
    await addMockMethod(client, api, await resourceAt(client, api, "/v"), "GET", '{"version": 1}');
    await deploy(client, api, "prod");
    await addMockMethod(client, api, await resourceAt(client, api, "/added"), "GET", '{"new": true}');
    expect(await (await fetch(stageUrl(sandbox.url, api, "prod", "/v"))).json()).toEqual({ version: 1 });
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/added"))).status).toBe(403);
    await deploy(client, api, "prod");
    expect((await fetch(stageUrl(sandbox.url, api, "prod", "/added"))).status).toBe(200);
  });
});
