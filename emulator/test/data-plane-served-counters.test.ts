import { describe, expect, it } from "vitest";
import { Agent, request } from "node:http";
import { GetMetricDataCommand, type MetricDataQuery } from "@aws-sdk/client-cloudwatch";
import { GetUsageCommand } from "@aws-sdk/client-api-gateway";
import { sandboxForFile } from "./support/sandbox-for-file";
import { apiGatewayClient, cloudWatchClient } from "./support/clients";
import { addMethod, createApi, deploy, deployedMockApi, lambdaUri, registerFunction, stageUrl } from "./support/data-plane-fixtures";

const sandbox = sandboxForFile();

/** GETs each path over keep-alive connections, `concurrency` at a time; resolves with the status codes. */
async function getAll(paths: readonly string[], concurrency: number, headers: Record<string, string> = {}): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: number[] = [];
  let next = 0;
  const one = (url: string) =>
    new Promise<number>((resolve, reject) => {
      const outgoing = request(url, { agent, headers }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) statuses.push(await one(paths[next++]!));
    }),
  );
  agent.destroy();
  return statuses;
}

describe("metrics of served requests", () => {
  it("reports 10,000 requests at once with exact Count, Sum, SampleCount and percentiles", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "ten-thousand");
    const startedAt = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    // Every tenth request asks for a path the API does not have: 403, a 4XX.
    const paths = Array.from({ length: 10_000 }, (_, i) => stageUrl(sandbox.url, api, "prod", i % 10 === 9 ? "/missing" : "/"));
    const statuses = await getAll(paths, 32);
    expect(statuses.filter((status) => status === 200)).toHaveLength(9_000);

    const dimensions = [{ Name: "ApiName", Value: "ten-thousand" }, { Name: "Stage", Value: "prod" }];
    const query = (Id: string, MetricName: string, Stat: string): MetricDataQuery => ({
      Id,
      MetricStat: { Metric: { Namespace: "AWS/ApiGateway", MetricName, Dimensions: dimensions }, Period: 3600, Stat },
    });
    // Read at once: what was served reaches CloudWatch before any read, not up to a second later.
    const result = await cloudWatchClient(sandbox.url).send(
      new GetMetricDataCommand({
        StartTime: startedAt,
        EndTime: new Date(Date.now() + 60_000),
        MetricDataQueries: [
          query("count", "Count", "Sum"),
          query("samples", "Latency", "SampleCount"),
          query("errors", "4XXError", "Sum"),
          query("errorsP85", "4XXError", "p85"),
          query("errorsP95", "4XXError", "p95"),
          query("errorsP99", "4XXError", "p99"),
          query("latencyP50", "Latency", "p50"),
          query("latencyP99", "Latency", "p99"),
          query("latencyMax", "Latency", "Maximum"),
          query("latencyAverage", "Latency", "Average"),
          query("latencySum", "Latency", "Sum"),
        ],
      }),
    );
    const value = (id: string) => result.MetricDataResults?.find((entry) => entry.Id === id)?.Values?.[0];
    expect(value("count")).toBe(10_000);
    expect(value("samples")).toBe(10_000);
    expect(value("errors")).toBe(1_000);
    // 4XXError is 0 for 90% of the requests and 1 for 10%: the percentiles come from every value, not a sample.
    expect(value("errorsP85")).toBe(0);
    expect(value("errorsP95")).toBe(1);
    expect(value("errorsP99")).toBe(1);
    expect(value("latencyP50")).toBeLessThanOrEqual(value("latencyP99")!);
    expect(value("latencyP99")).toBeLessThanOrEqual(value("latencyMax")!);
    expect(value("latencySum")).toBeCloseTo(value("latencyAverage")! * 10_000, 6);
  }, 180_000);

  it("counts API key usage at once and stops the key at its quota", async () => {
    const client = apiGatewayClient(sandbox.url);
    const api = await deployedMockApi(client, "quota-counted", "{}", { apiKeyRequired: true });
    const { CreateApiKeyCommand, CreateUsagePlanCommand, CreateUsagePlanKeyCommand } = await import("@aws-sdk/client-api-gateway");
    const key = await client.send(new CreateApiKeyCommand({ name: "counted", enabled: true, value: "counted-key-0123456789abcdefghij" }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: "counted", apiStages: [{ apiId: api.id, stage: "prod" }], quota: { limit: 250, period: "DAY" } }));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id!, keyId: key.id!, keyType: "API_KEY" }));
    const statuses = await getAll(Array.from({ length: 300 }, () => stageUrl(sandbox.url, api, "prod", "/")), 16, { "x-api-key": key.value! });
    expect(statuses.filter((status) => status === 200)).toHaveLength(250);
    expect(statuses.filter((status) => status === 429)).toHaveLength(50);
    const today = new Date().toISOString().slice(0, 10);
    const usage = await client.send(new GetUsageCommand({ usagePlanId: plan.id!, keyId: key.id!, startDate: today, endDate: today }));
    expect(usage.items?.[key.id!]).toEqual([[250, 0]]);
  });
});

describe("local Lambda cold starts", () => {
  it("shows the simulated cold start on the first call and after idle, never on warm calls", async () => {
    const coldStartMs = 400;
    await registerFunction(sandbox.url, "cold-warm", "exports.handler = async () => ({ statusCode: 200, body: 'ok' })", { coldStartMs, idleMs: 1_500 });
    const client = apiGatewayClient(sandbox.url);
    const api = await createApi(client, "cold-warm");
    await addMethod(client, api, api.rootId, "GET", { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("cold-warm") });
    await deploy(client, api, "prod");
    const timed = async () => {
      const begin = performance.now();
      const response = await fetch(stageUrl(sandbox.url, api, "prod", "/"));
      expect(response.status).toBe(200);
      return performance.now() - begin;
    };
    // Durations are compared with the simulated start-up itself, not with a wall-clock budget.
    expect(await timed()).toBeGreaterThanOrEqual(coldStartMs);
    for (let i = 0; i < 5; i++) expect(await timed()).toBeLessThan(coldStartMs);
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    expect(await timed()).toBeGreaterThanOrEqual(coldStartMs);
    expect(await timed()).toBeLessThan(coldStartMs);
  });
});
