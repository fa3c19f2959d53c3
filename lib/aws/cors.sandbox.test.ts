import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CreateDeploymentCommand, CreateResourceCommand, CreateRestApiCommand, PutIntegrationCommand, PutIntegrationResponseCommand, PutMethodCommand, PutMethodResponseCommand } from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { planCors } from "@/lib/domain/cors-plan";
import { planCorsRemoval } from "@/lib/domain/cors-removal";
import type { CorsSettings } from "@/lib/domain/cors-settings";
import { planSafeErrorPreset } from "@/lib/domain/gateway-response-preset";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { readApiDesign } from "./api-design";
import { apiGatewayClient } from "./clients";
import { checkPreflight } from "./cors";
import { runApiGatewayPlan } from "./plan-calls";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;

beforeAll(async () => {
  sandbox = await startSandboxProcess();
  env = { id: "cors-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

const settings: CorsSettings = {
  origins: ["https://a.example", "https://b.example"],
  allowMethods: ["GET", "PUT"],
  allowHeaders: ["Content-Type", "X-Trace"],
  exposeHeaders: [],
  allowCredentials: true,
  maxAgeSeconds: 300,
};

/** An API with /pets: GET answers 200 from a MOCK, POST answers 500 from a MOCK whose only response is 200 (a configuration error). */
async function petsApi() {
  const client = apiGatewayClient(env);
  const api = await client.send(new CreateRestApiCommand({ name: "cors-configurator" }));
  const restApiId = api.id!;
  const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: "pets" }));
  const at = { restApiId, resourceId: pets.id! };
  await client.send(new PutMethodCommand({ ...at, httpMethod: "GET", authorizationType: "NONE" }));
  await client.send(new PutIntegrationCommand({ ...at, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
  await client.send(new PutMethodResponseCommand({ ...at, httpMethod: "GET", statusCode: "200" }));
  await client.send(new PutIntegrationResponseCommand({ ...at, httpMethod: "GET", statusCode: "200", responseTemplates: { "application/json": '{"pets": []}' } }));
  await client.send(new PutMethodCommand({ ...at, httpMethod: "POST", authorizationType: "NONE" }));
  await client.send(new PutIntegrationCommand({ ...at, httpMethod: "POST", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 500}' } }));
  return { restApiId, resourceId: pets.id! };
}

const deploy = (restApiId: string) => apiGatewayClient(env).send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
const stageUrl = (restApiId: string, path: string) => `${sandbox.url}/_aws/execute-api/${restApiId}/prod${path}`;

describe("the CORS configurator against the sandbox", () => {
  it("applies the plan through the SDK and a deployed stage then answers browsers as configured", async () => {
    const { restApiId, resourceId } = await petsApi();
    const planned = planCors(await readApiDesign(env, restApiId), { kind: "resource", resourceId }, settings);
    if (!planned.ok) throw new Error(planned.refusal.reason);
    const run = await runApiGatewayPlan(env, planned.plan.steps);
    expect(run.failed).toBe(false);
    await deploy(restApiId);

    const allowed = await checkPreflight(env, { restApiId, stage: "prod", path: "/pets", origin: "https://b.example", method: "GET", headers: ["X-Trace"], credentials: true });
    expect(allowed.verdict.allowed).toBe(true);
    expect(allowed.preflight.headers).toMatchObject({ "access-control-allow-origin": "https://b.example", "access-control-allow-methods": "OPTIONS,GET,PUT", vary: "Origin", "access-control-allow-credentials": "true" });
    expect(allowed.actual?.headers).toMatchObject({ "access-control-allow-origin": "https://b.example", vary: "Origin" });

    const refused = await checkPreflight(env, { restApiId, stage: "prod", path: "/pets", origin: "https://evil.example", method: "GET", headers: [], credentials: false });
    expect(refused.verdict.allowed).toBe(false);
    expect(refused.preflight.headers["access-control-allow-origin"]).toBeUndefined();
    expect(refused.actual?.headers["access-control-allow-origin"]).toBeUndefined();

    // The GET body still comes from the method's own template.
    const get = await fetch(stageUrl(restApiId, "/pets"), { headers: { Origin: "https://a.example" } });
    expect(await get.json()).toEqual({ pets: [] });
  });

  it("puts the CORS headers on 403 and 500 gateway responses too", async () => {
    const { restApiId, resourceId } = await petsApi();
    const planned = planCors(await readApiDesign(env, restApiId), { kind: "resource", resourceId }, settings);
    if (!planned.ok) throw new Error(planned.refusal.reason);
    await runApiGatewayPlan(env, planned.plan.steps);
    await deploy(restApiId);
    const missing = await fetch(stageUrl(restApiId, "/nowhere"), { headers: { Origin: "https://a.example" } });
    expect(missing.status).toBe(403);
    expect(missing.headers.get("access-control-allow-origin")).toBe("https://a.example");
    const failing = await fetch(stageUrl(restApiId, "/pets"), { method: "POST", headers: { Origin: "https://a.example" } });
    expect(failing.status).toBe(500);
    expect(failing.headers.get("access-control-allow-origin")).toBe("https://a.example");
    expect(failing.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("updates in place, then removes exactly what it added", async () => {
    const { restApiId, resourceId } = await petsApi();
    const scope = { kind: "resource", resourceId } as const;
    const first = planCors(await readApiDesign(env, restApiId), scope, settings);
    if (!first.ok) throw new Error(first.refusal.reason);
    await runApiGatewayPlan(env, first.plan.steps);
    const again = planCors(await readApiDesign(env, restApiId), scope, settings);
    expect(again.ok && again.plan.steps).toEqual([]);
    const removal = planCorsRemoval(await readApiDesign(env, restApiId), scope);
    expect((await runApiGatewayPlan(env, removal.steps)).failed).toBe(false);
    const after = await readApiDesign(env, restApiId);
    const pets = after.resources.find((resource) => resource.id === resourceId)!;
    expect(pets.methods.map((method) => method.httpMethod).sort()).toEqual(["GET", "POST"]);
    expect(pets.methods.find((method) => method.httpMethod === "GET")!.integrationResponses["200"]).toEqual({ responseParameters: {}, responseTemplates: { "application/json": '{"pets": []}' } });
  });

  it("makes errors answer the safe JSON shape after the preset", async () => {
    const { restApiId } = await petsApi();
    await runApiGatewayPlan(env, planSafeErrorPreset(await readApiDesign(env, restApiId)).steps);
    await deploy(restApiId);
    const response = await fetch(stageUrl(restApiId, "/nowhere"));
    const body = (await response.json()) as { message: string; requestId: string };
    expect(response.status).toBe(403);
    expect(body.message).toBe("Missing Authentication Token");
    expect(body.requestId).toBe(response.headers.get("x-amzn-requestid"));
  });
});
