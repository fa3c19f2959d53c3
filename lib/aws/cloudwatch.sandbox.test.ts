import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GetMetricStatisticsCommand } from "@aws-sdk/client-cloudwatch";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { apiGatewayClient, cloudWatchClient } from "@/emulator/test/support/clients";
import { deploy, deployedMockApi, replaceStageSettings, resourceAt, addMockMethod, stageUrl, type TestApi } from "@/emulator/test/support/data-plane-fixtures";
import { resolveRange } from "@/lib/domain/metric-range";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { readApiDashboard, readOverviewDashboard } from "@/lib/dashboards/dashboard-reads";
import { readRequestCountsByApi } from "./cloudwatch";

vi.mock("server-only", () => ({}));

// Requests sent through the sandbox's data plane show up in the dashboards' numbers exactly as the read functions compute them.
let sandbox: SandboxProcess;
let env: EnvironmentSummary;
let api: TestApi;
const apiName = "dash-pets";

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "sandbox-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
  const client = apiGatewayClient(sandbox.url);
  api = await deployedMockApi(client, apiName, '{"ok": true}');
  await addMockMethod(client, api, await resourceAt(client, api, "/pets"), "GET", "[]");
  await deploy(client, api, "prod");
  await deploy(client, api, "dev");
  await replaceStageSettings(client, api, "prod", { "/*/*/metrics/enabled": "true" });
  const get = async (stage: string, path: string) => (await fetch(stageUrl(sandbox.url, api, stage, path))).status;
  const statuses = [
    ...(await Promise.all(Array.from({ length: 20 }, () => get("prod", "/")))),
    ...(await Promise.all(Array.from({ length: 12 }, () => get("prod", "/pets")))),
    ...(await Promise.all(Array.from({ length: 5 }, () => get("prod", "/missing")))),
    ...(await Promise.all(Array.from({ length: 3 }, () => get("dev", "/")))),
  ];
  expect(statuses.filter((status) => status === 200)).toHaveLength(35);
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

describe("dashboard reads against the sandbox", () => {
  it("counts a stage's requests, 4XX and 5XX, and reads latency percentiles as CloudWatch computes them", async () => {
    const now = Date.now();
    const range = resolveRange({ range: "1h" }, now);
    const data = await readApiDashboard(env, { id: api.id, name: apiName }, { range, stage: "prod" }, now);
    expect(data.totals).toMatchObject({ requests: 37, errors4xx: 5, errors5xx: 0 });
    expect(data.series.count!.values.reduce((a, b) => a + b, 0)).toBe(37);

    const stats = await cloudWatchClient(sandbox.url).send(
      new GetMetricStatisticsCommand({
        Namespace: "AWS/ApiGateway",
        MetricName: "Latency",
        Dimensions: [{ Name: "ApiName", Value: apiName }, { Name: "Stage", Value: "prod" }],
        StartTime: new Date(range.start),
        EndTime: new Date(range.end),
        Period: (range.end - range.start) / 1000,
        ExtendedStatistics: ["p99"],
      }),
    );
    expect(data.totals.p99).toBe(stats.Datapoints![0]!.ExtendedStatistics!.p99);
    expect(data.totals.p50).toBeLessThanOrEqual(data.totals.p99!);
  });

  it("breaks a stage with detailed metrics down by method, and an API down by stage", async () => {
    const now = Date.now();
    const range = resolveRange({ range: "1h" }, now);
    const prod = await readApiDashboard(env, { id: api.id, name: apiName }, { range, stage: "prod" }, now);
    expect(prod.detailedMetrics).toBe(true);
    const byMethod = Object.fromEntries(prod.methods.map((row) => [`${row.scope.method!.httpMethod} ${row.scope.method!.resource}`, row.requests]));
    expect(byMethod).toEqual({ "GET /": 20, "GET /pets": 12 });

    const all = await readApiDashboard(env, { id: api.id, name: apiName }, { range }, now);
    expect(all.totals.requests).toBe(40);
    expect(Object.fromEntries(all.stages.map((row) => [row.scope.stage, row.requests]))).toEqual({ prod: 37, dev: 3 });
    expect(all.cost.calls).toBe(1);
  });

  it("sums every API in the overview and reads per-API request counts for the cost view", async () => {
    const now = Date.now();
    const overview = await readOverviewDashboard(env, resolveRange({ range: "3h" }, now), now);
    expect(overview.totals.requests).toBe(40);
    expect(overview.apis.find((row) => row.scope.apiName === apiName)).toMatchObject({ apiId: api.id, requests: 40, errors4xx: 5 });
    expect(overview.series.count!.values.reduce((a, b) => a + b, 0)).toBe(40);
    expect(overview.synthetic).toBe(false);

    const { counts, cost } = await readRequestCountsByApi(env, [apiName, "no-such-api"], { start: new Date(now - 3_600_000), end: new Date(now + 60_000) });
    expect(Object.fromEntries(counts)).toEqual({ [apiName]: 40, "no-such-api": null });
    expect(cost).toEqual({ calls: 1, metricsRequested: 2 });
  });
});
