// The environment advisor page's AWS reads for 50 APIs of 20 resources, 50 ms injected per sandbox call: the calls
// made (counted by a proxy between the reader and the sandbox, by operation) and the wall time, reading API by API
// four at a time as the page's read queue does.
// Run: npx tsx --conditions=react-server bench/advisor-environment.ts   (react-server lets lib/ modules marked server-only load)
import { performance } from "node:perf_hooks";
import { APIGatewayClient, CreateDeploymentCommand, GetResourcesCommand, PutIntegrationCommand, UpdateStageCommand } from "@aws-sdk/client-api-gateway";
import { readAdvisorSnapshot } from "@/lib/aws/advisor-snapshot";
import { listRestApis } from "@/lib/aws/rest-apis";
import { limitConcurrency } from "@/lib/data/advisor/read-queue";
import { evaluateAdvisor } from "@/lib/domain/advisor/evaluate";
import { advisorScore } from "@/lib/domain/advisor/score";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { startSandbox } from "./support/bench-servers";
import { startCountingProxy } from "./support/console-harness";
import { seedResourceTree, setSandboxLatency } from "./support/seed-resource-tree";

const apiCount = Number(process.env.BENCH_APIS ?? 50);
const resourcesPerApi = 20;
const latencyMs = 50;
const browserQueue = 4;

async function seedApi(client: APIGatewayClient, sandboxUrl: string, index: number): Promise<void> {
  const { apiId: restApiId } = await seedResourceTree(sandboxUrl, `advisor-bench-${String(index).padStart(2, "0")}`, resourcesPerApi, 1);
  const resources = (await client.send(new GetResourcesCommand({ restApiId, limit: 500 }))).items ?? [];
  await Promise.all(
    resources.map((resource) => client.send(new PutIntegrationCommand({ restApiId, resourceId: resource.id, httpMethod: "GET", type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }))),
  );
  await client.send(new CreateDeploymentCommand({ restApiId, stageName: "prod" }));
  // Detailed metrics on, so the read includes the per-method queries (20 methods x 5 metrics).
  await client.send(new UpdateStageCommand({ restApiId, stageName: "prod", patchOperations: [{ op: "replace", path: "/*/*/metrics/enabled", value: "true" }] }));
}

const sandbox = await startSandbox(["--in-memory"]);
try {
  const client = new APIGatewayClient({ endpoint: sandbox.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  const seedQueue = limitConcurrency(4);
  await Promise.all(Array.from({ length: apiCount }, (_, index) => seedQueue(() => seedApi(client, sandbox.url, index))));
  await setSandboxLatency(sandbox.url, latencyMs);

  const counter = { calls: [] as string[], counting: true };
  const proxyUrl = await startCountingProxy(sandbox.url, counter);
  const env: EnvironmentSummary = { id: "bench", name: "Bench", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: proxyUrl, protected: false };
  const readQueue = limitConcurrency(browserQueue);
  const perApi: number[] = [];
  const begin = performance.now();
  const apis = await listRestApis(env);
  const firstRow = performance.now() - begin;
  const results = await Promise.all(
    apis.map((api) =>
      readQueue(async () => {
        const start = performance.now();
        const snapshot = await readAdvisorSnapshot(env, api.id, { protectedStages: ["prod"] });
        const { findings } = evaluateAdvisor(snapshot);
        perApi.push(performance.now() - start);
        return { findings: findings.length, score: advisorScore(findings) };
      }),
    ),
  );
  const total = performance.now() - begin;
  counter.counting = false;

  const byOperation = new Map<string, number>();
  for (const call of counter.calls) {
    const key = call.replace(/\/restapis\/[^/]+/, "/restapis/{id}").replace(/\/domainnames\/[^/]+/, "/domainnames/{name}");
    byOperation.set(key, (byOperation.get(key) ?? 0) + 1);
  }
  perApi.sort((a, b) => a - b);
  const median = perApi[Math.floor(perApi.length / 2)]!;
  console.log(`Environment advisor: ${apis.length} APIs x ${resourcesPerApi} resources, ${latencyMs} ms injected per sandbox call, ${browserQueue} APIs read at a time`);
  console.log(`  AWS calls: ${counter.calls.length} in all (${(counter.calls.length / apis.length).toFixed(1)} per API)`);
  for (const [operation, calls] of [...byOperation].sort((a, b) => b[1] - a[1])) console.log(`    ${String(calls).padStart(5)}  ${operation}`);
  console.log(`  API list (GetRestApis): ${firstRow.toFixed(0)} ms; every API checked: ${(total / 1000).toFixed(1)} s; one API's read: median ${median.toFixed(0)} ms, max ${perApi.at(-1)!.toFixed(0)} ms`);
  console.log(`  Findings: ${results.reduce((sum, result) => sum + result.findings, 0)} in all; scores ${Math.min(...results.map((r) => r.score))}-${Math.max(...results.map((r) => r.score))}`);
} finally {
  await sandbox.stop();
}
