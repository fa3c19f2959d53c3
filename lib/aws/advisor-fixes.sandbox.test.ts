// The advisor's automated fixes, run against the sandbox: each finding's plan is accepted call by call, and a fresh
// read afterwards no longer fires the rule. The snapshot is assembled here from the existing readers; the advisor's
// own batched reader lives with the advisor pages.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  GetDomainNameCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateAccountCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { startSandboxProcess, type SandboxProcess } from "@/emulator/test/support/sandbox-process";
import { evaluateAdvisor } from "@/lib/domain/advisor/evaluate";
import { cacheOversizedRule } from "@/lib/domain/advisor/rules/caching-oversized";
import { corsGatewayResponsesRule } from "@/lib/domain/advisor/rules/cors-gateway-responses";
import { corsMissingOptionsRule } from "@/lib/domain/advisor/rules/cors-missing-options";
import { corsWildcardCredentialsRule } from "@/lib/domain/advisor/rules/cors-wildcard-credentials";
import { dataTraceRule } from "@/lib/domain/advisor/rules/error-handling-data-trace";
import { defaultResponsesRule } from "@/lib/domain/advisor/rules/error-handling-default-responses";
import { stageObservabilityRule } from "@/lib/domain/advisor/rules/monitoring-stage-observability";
import { domainTlsRule } from "@/lib/domain/advisor/rules/security-domain-tls";
import { stageUnthrottledRule } from "@/lib/domain/advisor/rules/throttling-stage-unthrottled";
import type { AdvisorDomain, AdvisorRule, AdvisorSnapshot, Finding } from "@/lib/domain/advisor/types";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { readApiSnapshot } from "./api-snapshot";
import { apiGatewayClient } from "./clients";
import { runApiGatewayPlan } from "./plan-calls";
import { listStages } from "./stages";

vi.mock("server-only", () => ({}));

let sandbox: SandboxProcess;
let env: EnvironmentSummary;

beforeAll(async () => {
  // Cache clusters come up at once, so the cache rule sees a settled cluster.
  sandbox = await startSandboxProcess({ args: ["--cache-cluster-delay", "0"] });
  env = { id: "advisor-under-test", name: "Sandbox", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
}, 60_000);
afterAll(async () => {
  await sandbox?.stop();
});

const corsHeaders = { "Access-Control-Allow-Origin": "'*'", "Access-Control-Allow-Credentials": "'true'" };
const mapped = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([name, value]) => [`method.response.header.${name}`, value]));
const declared = (headers: Record<string, string>) => Object.fromEntries(Object.keys(headers).map((name) => [`method.response.header.${name}`, false]));

/** The journey's API: /pets GET and OPTIONS (MOCK) send * with credentials; default error responses; deployed to prod. */
async function neglectedApi(): Promise<string> {
  const client = apiGatewayClient(env);
  const api = await client.send(new CreateRestApiCommand({ name: "advisor-neglected" }));
  const restApiId = api.id!;
  const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: "pets" }));
  for (const [httpMethod, headers] of [["GET", corsHeaders], ["OPTIONS", { ...corsHeaders, "Access-Control-Allow-Methods": "'OPTIONS,GET'" }]] as const) {
    const at = { restApiId, resourceId: pets.id!, httpMethod };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200", responseParameters: declared(headers) }));
    await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseParameters: mapped(headers), responseTemplates: { "application/json": "" } }));
  }
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
  return restApiId;
}

async function readSnapshot(restApiId: string, overrides: Partial<AdvisorSnapshot> = {}): Promise<AdvisorSnapshot> {
  const [api, stages] = await Promise.all([readApiSnapshot(env, restApiId), listStages(env, restApiId)]);
  return {
    environment: { kind: "sandbox", region: env.region },
    api,
    stages,
    protectedStages: [],
    account: { throttle: { rateLimit: 10_000, burstLimit: 5_000 } },
    usagePlans: [],
    domains: [],
    alarms: [],
    metrics: null,
    ...overrides,
  };
}

async function applyFixes(findings: Finding[]) {
  for (const finding of findings) {
    const run = await runApiGatewayPlan(env, finding.fix!.plan.steps);
    expect(run.outcomes.filter((outcome) => outcome.status !== "applied")).toEqual([]);
  }
}

const keysOf = (snapshot: AdvisorSnapshot, rules: AdvisorRule[]) => evaluateAdvisor(snapshot, { rules }).findings.map((finding) => finding.key);

describe("advisor fixes against the sandbox", () => {
  it("clears wildcard-with-credentials CORS, an unthrottled stage and default error responses", async () => {
    const restApiId = await neglectedApi();
    const rules = [stageUnthrottledRule, defaultResponsesRule, corsWildcardCredentialsRule];
    const before = evaluateAdvisor(await readSnapshot(restApiId), { rules }).findings;
    expect(before.map((finding) => finding.key)).toEqual(["throttling.stage-unthrottled:stage:prod", "error-handling.default-responses:api", "cors.wildcard-with-credentials:api"]);
    expect(before[2]!.evidence).toEqual([
      "GET /pets 200: Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'",
      "OPTIONS /pets 200: Access-Control-Allow-Origin '*' with Access-Control-Allow-Credentials 'true'",
    ]);
    await applyFixes(before);
    const after = await readSnapshot(restApiId);
    expect(keysOf(after, rules)).toEqual([]);
    expect(after.stages[0]!.settings.methodSettings["*/*"]).toMatchObject({ throttlingRateLimit: 1_000, throttlingBurstLimit: 2_000 });
    // Every other rule still runs over the fixed API without failing.
    expect(evaluateAdvisor(after).findings.length).toBeGreaterThan(0);
  }, 60_000);

  it("turns data trace off, monitoring on and shrinks an oversized cache on a protected stage", async () => {
    const client = apiGatewayClient(env);
    await client.send(new UpdateAccountCommand({ patchOperations: [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::000000000000:role/apigateway-logs" }] }));
    const restApiId = await neglectedApi();
    const patchOperations = [
      { op: "replace" as const, path: "/*/*/logging/dataTrace", value: "true" },
      { op: "replace" as const, path: "/*/*/throttling/rateLimit", value: "100" },
      { op: "replace" as const, path: "/cacheClusterEnabled", value: "true" },
      { op: "replace" as const, path: "/cacheClusterSize", value: "6.1" },
    ];
    await client.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations }));
    const metrics = { periodDays: 14, stages: [{ stageName: "prod", requests: 14 * 86_400, cacheHits: 7 * 86_400, cacheMisses: 7 * 86_400 }], methods: [] };
    const context = { protectedStages: ["prod"], metrics, account: { throttle: { rateLimit: 10_000, burstLimit: 5_000 }, cloudWatchRoleArn: "arn:aws:iam::000000000000:role/apigateway-logs" } };
    const rules = [dataTraceRule, stageObservabilityRule, cacheOversizedRule];
    const before = evaluateAdvisor(await readSnapshot(restApiId, context), { rules }).findings;
    expect(before.map((finding) => finding.key).sort()).toEqual([
      "caching.cache-oversized:stage:prod",
      "error-handling.data-trace-on-protected-stage:stage:prod",
      "monitoring.stage-observability:stage:prod:access-logs",
      "monitoring.stage-observability:stage:prod:detailed-metrics",
      "monitoring.stage-observability:stage:prod:execution-logging",
      "monitoring.stage-observability:stage:prod:tracing",
    ]);
    await applyFixes(before.filter((finding) => finding.fix !== null));
    const after = await readSnapshot(restApiId, context);
    expect(keysOf(after, rules)).toEqual(["monitoring.stage-observability:stage:prod:access-logs"]);
    expect(after.stages[0]!.settings.cacheCluster.size).toBe("0.5");
  }, 60_000);

  it("adds the missing OPTIONS method and CORS headers on DEFAULT_4XX/5XX from the origin the methods send", async () => {
    const client = apiGatewayClient(env);
    const api = await client.send(new CreateRestApiCommand({ name: "advisor-cors" }));
    const restApiId = api.id!;
    const pets = await client.send(new CreateResourceCommand({ restApiId, parentId: api.rootResourceId!, pathPart: "pets" }));
    const at = { restApiId, resourceId: pets.id!, httpMethod: "GET" };
    const origin = { "Access-Control-Allow-Origin": "'https://app.example.com'" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200", responseParameters: declared(origin) }));
    await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseParameters: mapped(origin) }));
    const rules = [corsMissingOptionsRule, corsGatewayResponsesRule];
    const before = evaluateAdvisor(await readSnapshot(restApiId), { rules }).findings;
    expect(before.map((finding) => finding.key)).toEqual(["cors.gateway-responses-without-cors:api", `cors.missing-options:method:${pets.id}:OPTIONS`]);
    await applyFixes(before);
    const after = await readSnapshot(restApiId);
    expect(keysOf(after, rules)).toEqual([]);
    expect(after.api.resources.find((resource) => resource.path === "/pets")!.methods.OPTIONS!.methodIntegration!.integrationResponses!["200"]!.responseParameters).toMatchObject(mapped(origin));
  }, 60_000);

  it("moves a TLS 1.0 custom domain to TLS 1.2", async () => {
    const client = apiGatewayClient(env);
    const domainName = "legacy.advisor.example.com";
    const certificateArn = "arn:aws:acm:us-east-1:000000000000:certificate/11111111-2222-3333-4444-555555555555";
    await client.send(new CreateDomainNameCommand({ domainName, regionalCertificateArn: certificateArn, endpointConfiguration: { types: ["REGIONAL"] }, securityPolicy: "TLS_1_0" }));
    const domain = (securityPolicy: string): AdvisorDomain => ({ domainName, securityPolicy, endpointType: "REGIONAL", mappings: [] });
    const restApiId = await neglectedApi();
    const [finding] = evaluateAdvisor(await readSnapshot(restApiId, { domains: [domain("TLS_1_0")] }), { rules: [domainTlsRule] }).findings;
    await applyFixes([finding!]);
    expect((await client.send(new GetDomainNameCommand({ domainName }))).securityPolicy).toBe("TLS_1_2");
  }, 60_000);
});
