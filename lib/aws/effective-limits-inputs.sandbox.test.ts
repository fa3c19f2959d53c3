import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CreateApiKeyCommand,
  CreateDeploymentCommand,
  CreateUsagePlanCommand,
  CreateUsagePlanKeyCommand,
  GetStageCommand,
  ImportRestApiCommand,
} from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { methodSettingPatches } from "@/lib/domain/method-settings-patch";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { getAccountSettings } from "./account";
import { apiGatewayClient } from "./clients";
import { readEffectiveLimitInputs } from "./effective-limits-inputs";
import { flushStageCache, updateStage } from "./stages";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;
let restApiId = "";

const mockGet = { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } };

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "limits-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
  const client = apiGatewayClient(env);
  const document = { openapi: "3.0.1", info: { title: "limits", version: "1" }, paths: { "/pets": { get: mockGet } } };
  const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(document)) }));
  restApiId = api.id!;
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

describe("effective-limit inputs against the sandbox", () => {
  it("reads the account's default throttle from GetAccount", async () => {
    expect((await getAccountSettings(env)).throttle).toEqual({ rateLimit: 10_000, burstLimit: 5_000 });
  });

  it("finds a key's plan for this stage with its per-method throttles, and lists keys without their values", async () => {
    const client = apiGatewayClient(env);
    const key = await client.send(new CreateApiKeyCommand({ name: "partner", enabled: true, value: "a-secret-key-value-1234567890" }));
    const other = await client.send(new CreateApiKeyCommand({ name: "lonely", enabled: false }));
    const plan = await client.send(new CreateUsagePlanCommand({ name: "gold", throttle: { rateLimit: 20, burstLimit: 10 }, apiStages: [{ apiId: restApiId, stage: "prod", throttle: { "/pets/GET": { rateLimit: 3, burstLimit: 1 } } }] }));
    await client.send(new CreateUsagePlanKeyCommand({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" }));

    const inputs = await readEffectiveLimitInputs(env, restApiId, "prod", key.id!);
    expect(inputs.plan).toEqual({ planId: plan.id, planName: "gold", throttle: { rateLimit: 20, burstLimit: 10 }, methodThrottles: { "/pets/GET": { rateLimit: 3, burstLimit: 1 } } });
    expect(inputs.apiKeys).toEqual([{ id: other.id, name: "lonely", enabled: false }, { id: key.id, name: "partner", enabled: true }]);
    expect(JSON.stringify(inputs)).not.toContain("a-secret-key-value");

    expect((await readEffectiveLimitInputs(env, restApiId, "prod", other.id!)).plan).toBeNull();
    expect((await readEffectiveLimitInputs(env, restApiId, "prod", null)).plan).toBeUndefined();
  });

  it("sends the stage's throttle patches as AWS reads them and reads them back as the stage's settings", async () => {
    const patches = methodSettingPatches({ resourcePath: "/pets", httpMethod: "GET" }, {}, { throttlingRateLimit: 7.5, throttlingBurstLimit: 4 });
    const { value } = await updateStage(env, restApiId, "prod", patches);
    expect(value.settings.methodSettings["~1pets/GET"]).toMatchObject({ throttlingRateLimit: 7.5, throttlingBurstLimit: 4 });
    const inputs = await readEffectiveLimitInputs(env, restApiId, "prod", null);
    expect(inputs.settings.methodSettings["~1pets/GET"]).toMatchObject({ throttlingRateLimit: 7.5, throttlingBurstLimit: 4 });
  });

  it("flushes the stage cache of a stage with a cluster", async () => {
    await updateStage(env, restApiId, "prod", [{ op: "replace", path: "/cacheClusterSize", value: "0.5" }, { op: "replace", path: "/cacheClusterEnabled", value: "true" }]);
    const { requestId } = await flushStageCache(env, restApiId, "prod");
    expect(requestId).toBeTruthy();
    const stage = await apiGatewayClient(env).send(new GetStageCommand({ restApiId, stageName: "prod" }));
    expect(stage).toMatchObject({ cacheClusterEnabled: true, cacheClusterSize: "0.5" });
  });
});
