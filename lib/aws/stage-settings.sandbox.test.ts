import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GenerateClientCertificateCommand, CreateDeploymentCommand, CreateDocumentationVersionCommand, ImportRestApiCommand, UpdateAccountCommand } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { accessLogPresets } from "@/lib/domain/access-log-format";
import { stageLoggingFormOf, stageLoggingPatches, type StageLoggingForm } from "@/lib/domain/stage-logging";
import { stageRefusalField } from "@/lib/domain/stage-refusal-field";
import { generalSettingsOf, generalSettingsPatches } from "@/lib/domain/stage-settings-patch";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { getAccountSettings } from "./account";
import { listClientCertificates } from "./client-certificates";
import { apiGatewayClient } from "./clients";
import { listDocumentationVersions } from "./documentation-versions";
import { getStage, updateStage } from "./stages";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;
let restApiId = "";

const petsApi = {
  openapi: "3.0.1",
  info: { title: "stage-settings", version: "1" },
  paths: {
    "/pets": {
      get: { responses: { "200": { description: "ok" } }, "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } } },
    },
  },
};

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "stage-settings-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
  const client = apiGatewayClient(env);
  const api = await client.send(new ImportRestApiCommand({ body: new TextEncoder().encode(JSON.stringify(petsApi)) }));
  restApiId = api.id!;
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

const off = { loggingLevel: "OFF", dataTraceEnabled: false, metricsEnabled: false } as const;
const logGroup = "arn:aws:logs:us-east-1:123456789012:log-group:pets-access";

async function send(patches: Parameters<typeof updateStage>[3]) {
  return updateStage(env, restApiId, "prod", patches);
}

describe("stage settings against the sandbox", () => {
  it("sets description, tracing, a client certificate and a documentation version, and reads them back as sent", async () => {
    const client = apiGatewayClient(env);
    const certificate = await client.send(new GenerateClientCertificateCommand({ description: "backend mTLS" }));
    await client.send(new CreateDocumentationVersionCommand({ restApiId, documentationVersion: "v1" }));
    expect((await listClientCertificates(env)).map((c) => c.id)).toContain(certificate.clientCertificateId);
    expect(await listDocumentationVersions(env, restApiId)).toEqual(["v1"]);

    const before = generalSettingsOf((await getStage(env, restApiId, "prod"))!);
    const next = { description: "production", tracingEnabled: true, clientCertificateId: certificate.clientCertificateId!, documentationVersion: "v1" };
    await send(generalSettingsPatches(before, next));
    expect(generalSettingsOf((await getStage(env, restApiId, "prod"))!)).toEqual(next);

    await send(generalSettingsPatches(next, { ...next, clientCertificateId: "", tracingEnabled: false }));
    expect(generalSettingsOf((await getStage(env, restApiId, "prod"))!)).toEqual({ ...next, clientCertificateId: "", tracingEnabled: false });
  });

  it("refuses execution logging while the account has no CloudWatch role, and the refusal points at the role", async () => {
    expect((await getAccountSettings(env)).cloudwatchRoleArn).toBeNull();
    const loaded = stageLoggingFormOf((await getStage(env, restApiId, "prod"))!.settings);
    const patches = stageLoggingPatches(loaded, { ...loaded, defaults: { ...off, loggingLevel: "INFO" } });
    const refusal = await send(patches).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ConsoleError);
    expect((refusal as ConsoleError).code).toBe("validation");
    expect(stageRefusalField((refusal as ConsoleError).message, patches)).toBe("cloudWatchRole");
  });

  it("holds INFO logging, a method override, detailed metrics and JSON access logs exactly as the form sent them", async () => {
    const role = "arn:aws:iam::123456789012:role/apigateway-logs";
    await apiGatewayClient(env).send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: role }] }));
    expect((await getAccountSettings(env)).cloudwatchRoleArn).toBe(role);

    const loaded = stageLoggingFormOf((await getStage(env, restApiId, "prod"))!.settings);
    const json = accessLogPresets.find((preset) => preset.id === "JSON")!.format;
    const next: StageLoggingForm = {
      defaults: { loggingLevel: "INFO", dataTraceEnabled: false, metricsEnabled: true },
      overrides: [{ resourcePath: "/pets", httpMethod: "GET", values: { loggingLevel: "ERROR", dataTraceEnabled: false, metricsEnabled: false } }],
      accessLog: { destinationArn: logGroup, format: json },
    };
    await send(stageLoggingPatches(loaded, next));
    const held = stageLoggingFormOf((await getStage(env, restApiId, "prod"))!.settings);
    expect(held).toEqual(next);
    expect(stageLoggingPatches(held, next)).toEqual([]);

    await send(stageLoggingPatches(held, { ...next, overrides: [], accessLog: null }));
    expect(stageLoggingFormOf((await getStage(env, restApiId, "prod"))!.settings)).toEqual({ ...next, overrides: [], accessLog: null });
  });

  it("refuses an access log format without a request id, beside the format field", async () => {
    const loaded = stageLoggingFormOf((await getStage(env, restApiId, "prod"))!.settings);
    const patches = stageLoggingPatches(loaded, { ...loaded, accessLog: { destinationArn: logGroup, format: "$context.status" } });
    const refusal = (await send(patches).catch((error: unknown) => error)) as ConsoleError;
    expect(refusal.message).toMatch(/\$context\.requestId/);
    expect(stageRefusalField(refusal.message, patches)).toBe("next.accessLog.format");
  });
});
