import { describe, expect, it, vi } from "vitest";
import {
  CreateBasePathMappingCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateStageCommand,
  CreateUsagePlanCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { PutMetricAlarmCommand } from "@aws-sdk/client-cloudwatch";
import { sandboxForFile } from "@/emulator/test/support/sandbox-for-file";
import { apiGatewayClient, cloudWatchClient } from "@/emulator/test/support/clients";
import { importApi, petsDocument } from "@/emulator/test/support/openapi-fixtures";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { readAdvisorSnapshot } from "./advisor-snapshot";

vi.mock("server-only", () => ({}));

const sandbox = sandboxForFile();
const client = apiGatewayClient(() => sandbox.url);
const cloudWatch = cloudWatchClient(() => sandbox.url);
const env = (): EnvironmentSummary => ({ id: "advisor-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false });

async function publish(metricData: unknown[]) {
  const response = await fetch(`${sandbox.url}/_archway/cloudwatch/metric-data`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ Namespace: "AWS/ApiGateway", MetricData: metricData }) });
  expect(response.status).toBe(200);
}

describe("readAdvisorSnapshot", () => {
  it("reads the API, its stages, the plans, domains and alarms that concern it, and 14 days of metrics", async () => {
    const restApiId = await importApi(client, petsDocument("advisor-pets"));
    const other = await importApi(client, petsDocument("advisor-other"));
    const deployment = await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    await client.send(new CreateStageCommand({ restApiId, stageName: "prod", deploymentId: deployment.id }));
    await client.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "replace", path: "/*/*/metrics/enabled", value: "true" }] }));
    await client.send(new CreateDeploymentCommand({ restApiId: other, stageName: "live" }));
    await client.send(new CreateUsagePlanCommand({ name: "gold", apiStages: [{ apiId: restApiId, stage: "prod" }], quota: { limit: 1000, period: "DAY" }, throttle: { rateLimit: 50, burstLimit: 100 } }));
    await client.send(new CreateUsagePlanCommand({ name: "elsewhere", apiStages: [{ apiId: other, stage: "live" }] }));
    await client.send(new CreateDomainNameCommand({ domainName: "api.example.com", regionalCertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/abc", endpointConfiguration: { types: ["REGIONAL"] }, securityPolicy: "TLS_1_0" }));
    await client.send(new CreateBasePathMappingCommand({ domainName: "api.example.com", restApiId, stage: "prod", basePath: "v1" }));
    await cloudWatch.send(
      new PutMetricAlarmCommand({ AlarmName: "pets-5xx", Namespace: "AWS/ApiGateway", MetricName: "5XXError", Dimensions: [{ Name: "ApiName", Value: "advisor-pets" }], Statistic: "Sum", Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: "GreaterThanThreshold" }),
    );
    await cloudWatch.send(
      new PutMetricAlarmCommand({ AlarmName: "other-5xx", Namespace: "AWS/ApiGateway", MetricName: "5XXError", Dimensions: [{ Name: "ApiName", Value: "advisor-other" }], Statistic: "Sum", Period: 60, EvaluationPeriods: 1, Threshold: 1, ComparisonOperator: "GreaterThanThreshold" }),
    );
    const now = Date.now();
    const at = new Date(now - 3_600_000).toISOString();
    await publish([
      { MetricName: "Count", Dimensions: [{ Name: "ApiName", Value: "advisor-pets" }, { Name: "Stage", Value: "prod" }], Timestamp: at, Value: 120, Unit: "Count" },
      { MetricName: "CacheHitCount", Dimensions: [{ Name: "ApiName", Value: "advisor-pets" }, { Name: "Stage", Value: "prod" }], Timestamp: at, Value: 30, Unit: "Count" },
      ...[40, 900].map((value) => ({
        MetricName: "IntegrationLatency",
        Dimensions: [{ Name: "ApiName", Value: "advisor-pets" }, { Name: "Method", Value: "GET" }, { Name: "Resource", Value: "/pets" }, { Name: "Stage", Value: "prod" }],
        Timestamp: at,
        Value: value,
        Unit: "Milliseconds",
      })),
    ]);

    const snapshot = await readAdvisorSnapshot(env(), restApiId, { protectedStages: ["prod"], now });

    expect(snapshot.environment).toEqual({ kind: "sandbox", region: "us-east-1" });
    expect(snapshot.api.restApi.name).toBe("advisor-pets");
    expect(snapshot.stages.map((stage) => stage.stageName)).toEqual(["dev", "prod"]);
    expect(snapshot.protectedStages).toEqual(["prod"]);
    expect(snapshot.account.throttle).toEqual({ rateLimit: expect.any(Number), burstLimit: expect.any(Number) });
    expect(snapshot.account.cloudWatchRoleArn === null || typeof snapshot.account.cloudWatchRoleArn === "string").toBe(true);
    expect(snapshot.endpointTypes).toEqual(["EDGE"]);
    expect(snapshot.usagePlans).toEqual([{ id: expect.any(String), name: "gold", throttle: { rateLimit: 50, burstLimit: 100 }, quota: { limit: 1000, period: "DAY" }, apiStages: [{ stageName: "prod", throttle: {} }] }]);
    expect(snapshot.domains).toEqual([{ domainName: "api.example.com", securityPolicy: "TLS_1_0", endpointType: "REGIONAL", mappings: [{ basePath: "v1", stageName: "prod" }] }]);
    expect(snapshot.alarms).toEqual([{ alarmName: "pets-5xx", metricName: "5XXError", namespace: "AWS/ApiGateway", dimensions: { ApiName: "advisor-pets" } }]);
    expect(snapshot.metrics?.periodDays).toBe(14);
    expect(snapshot.metrics?.stages).toEqual([
      { stageName: "dev", requests: 0, cacheHits: 0, cacheMisses: 0 },
      { stageName: "prod", requests: 120, cacheHits: 30, cacheMisses: 0 },
    ]);
    // Only prod has detailed metrics on, so only its methods are read.
    expect(snapshot.metrics?.methods.every((method) => method.stageName === "prod")).toBe(true);
    const getPets = snapshot.metrics?.methods.find((method) => method.httpMethod === "GET" && method.resourcePath === "/pets");
    expect(getPets?.integrationLatencyP99Ms).toBeGreaterThan(getPets?.integrationLatencyP50Ms ?? Infinity);
  });

  it("gives metrics null instead of failing when CloudWatch refuses the read", async () => {
    const restApiId = await importApi(client, petsDocument("advisor-no-metrics"));
    await client.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const response = await fetch(`${sandbox.url}/_archway/realism`, { method: "PUT", body: JSON.stringify({ faults: { GetMetricData: { kind: "unavailable", probability: 1 } } }) });
    expect(response.status).toBe(200);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const snapshot = await readAdvisorSnapshot(env(), restApiId, { protectedStages: [] });
      expect(snapshot.metrics).toBeNull();
      expect(snapshot.stages.map((stage) => stage.stageName)).toEqual(["dev"]);
    } finally {
      errors.mockRestore();
      await fetch(`${sandbox.url}/_archway/realism`, { method: "PUT", body: JSON.stringify({ faults: {} }) });
    }
  });
});
