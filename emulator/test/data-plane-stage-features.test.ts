import { describe, expect, it } from "vitest";
import { CreateDeploymentCommand, FlushStageCacheCommand, UpdateIntegrationResponseCommand, UpdateStageCommand } from "@aws-sdk/client-api-gateway";
import { GetMetricStatisticsCommand } from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, cloudWatchClient } from "./support/clients";
import { addMockMethod, createApi, deploy, deployedMockApi, replaceStageSettings, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile({ args: ["--cache-cluster-delay", "0"] });

// A signed-looking caller: the sandbox does not verify signatures, but cache invalidation needs one by default.
const signed = { authorization: "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/execute-api/aws4_request, SignedHeaders=host, Signature=0" };

describe("stage cache", () => {
  it("serves a cached response until Cache-Control: max-age=0 or a flush, keyed by cache key parameters", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "cached");
    await addMockMethod(client, api, api.rootId, "GET", '{"requestId": "$context.requestId"}', { requestParameters: { "method.request.querystring.lang": false } });
    const { UpdateIntegrationCommand } = await import("@aws-sdk/client-api-gateway");
    await client.send(
      new UpdateIntegrationCommand({
        restApiId: api.id,
        resourceId: api.rootId,
        httpMethod: "GET",
        patchOperations: [{ op: "add", path: "/cacheKeyParameters/method.request.querystring.lang" }],
      }),
    );
    await deploy(client, api, "prod");
    await replaceStageSettings(client, api, "prod", {
      "/cacheClusterEnabled": "true",
      "/*/*/caching/enabled": "true",
    });
    const get = async (query = "", headers: Record<string, string> = {}) =>
      (await (await fetch(`${stageUrl(sandbox.url, api, "prod", "/")}${query}`, { headers })).json()).requestId as string;

    const first = await get("?lang=en");
    expect(await get("?lang=en")).toBe(first);
    expect(await get("?lang=fr")).not.toBe(first);
    const refreshed = await get("?lang=en", { "cache-control": "max-age=0", ...signed });
    expect(refreshed).not.toBe(first);
    expect(await get("?lang=en")).toBe(refreshed);
    await client.send(new FlushStageCacheCommand({ restApiId: api.id, stageName: "prod" }));
    expect(await get("?lang=en")).not.toBe(refreshed);
  });
});

describe("canary", () => {
  it("sends percentTraffic of requests to the canary deployment with its stage variable overrides", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "canaried");
    await addMockMethod(client, api, api.rootId, "GET", '{"version": 1, "color": "$stageVariables.color"}');
    await deploy(client, api, "prod", { color: "blue" });
    await client.send(
      new UpdateIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: api.rootId,
        httpMethod: "GET",
        statusCode: "200",
        patchOperations: [{ op: "replace", path: "/responseTemplates/application~1json", value: '{"version": 2, "color": "$stageVariables.color"}' }],
      }),
    );
    await client.send(
      new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod", canarySettings: { percentTraffic: 100, stageVariableOverrides: { color: "green" } } }),
    );
    const get = async () => (await fetch(stageUrl(sandbox.url, api, "prod", "/"))).json();
    expect(await get()).toEqual({ version: 2, color: "green" });
    await client.send(new UpdateStageCommand({ restApiId: api.id, stageName: "prod", patchOperations: [{ op: "replace", path: "/canarySettings/percentTraffic", value: "0" }] }));
    expect(await get()).toEqual({ version: 1, color: "blue" });
  });
});

describe("metrics", () => {
  it("publishes Count, 4XXError and Latency under AWS/ApiGateway by ApiName and by ApiName and Stage", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "metered");
    await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    await fetch(stageUrl(sandbox.url, api, "prod", "/"));
    await fetch(stageUrl(sandbox.url, api, "prod", "/missing"));

    const cloudWatch = cloudWatchClient(sandbox.url);
    const sum = async (metricName: string, dimensions: Array<{ Name: string; Value: string }>) => {
      const result = await cloudWatch.send(
        new GetMetricStatisticsCommand({
          Namespace: "AWS/ApiGateway",
          MetricName: metricName,
          Dimensions: dimensions,
          StartTime: new Date(Date.now() - 10 * 60_000),
          EndTime: new Date(Date.now() + 60_000),
          Period: 60,
          Statistics: ["Sum", "SampleCount"],
        }),
      );
      return (result.Datapoints ?? []).reduce((total, point) => total + (point.Sum ?? 0), 0);
    };
    const byApi = [{ Name: "ApiName", Value: "metered" }];
    const byStage = [...byApi, { Name: "Stage", Value: "prod" }];
    expect(await sum("Count", byApi)).toBe(3);
    expect(await sum("Count", byStage)).toBe(3);
    expect(await sum("4XXError", byStage)).toBe(1);
    expect(await sum("5XXError", byStage)).toBe(0);
    expect(await sum("Latency", byStage)).toBeGreaterThanOrEqual(0);
    const latency = await cloudWatch.send(
      new GetMetricStatisticsCommand({
        Namespace: "AWS/ApiGateway",
        MetricName: "Latency",
        Dimensions: byStage,
        StartTime: new Date(Date.now() - 10 * 60_000),
        EndTime: new Date(Date.now() + 60_000),
        Period: 60,
        Statistics: ["SampleCount"],
      }),
    );
    expect((latency.Datapoints ?? []).reduce((total, point) => total + (point.SampleCount ?? 0), 0)).toBe(3);
  });
});
