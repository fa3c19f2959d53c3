// AWS calls and time to compute the undeployed diff of a 300-resource API and to deploy it, with 50 ms added to
// every sandbox call. Goal (issue 9): at most three calls for the diff, under 1 s.
// Drives the console's own lib/aws + lib/domain code (no browser), through a counting proxy.
// Run: npx tsx --conditions=react-server bench/deploy-diff.ts   (react-server: lib/aws modules are server-only)
import { createServer, request as httpRequest } from "node:http";
import { APIGatewayClient, CreateDeploymentCommand, GetResourcesCommand, ImportRestApiCommand, UpdateMethodCommand } from "@aws-sdk/client-api-gateway";
import { freePort, startSandbox } from "./support/bench-servers";
import { readApiSnapshot } from "@/lib/aws/api-snapshot";
import { exportStage, getStage } from "@/lib/aws/stages";
import { deployDiff } from "@/lib/domain/deploy-diff";
import { openApiFromSnapshot } from "@/lib/domain/openapi-from-snapshot";
import { runDeploy } from "@/lib/deployments/run-deploy";
import type { EnvironmentSummary } from "@/lib/environments/environments";

// AWS counts the root resource against its 300-resource quota, so 299 paths plus "/".
const RESOURCES = 300;
const LATENCY_MS = 50;
const ROUNDS = 5;
const calls: string[] = [];

async function countingProxy(target: string): Promise<string> {
  const port = await freePort();
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url?.split("?")[0]?.replace(/\/restapis\/[^/]+/, "/restapis/{id}")}`);
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  server.unref();
  return `http://127.0.0.1:${port}`;
}

function document() {
  const mock = { "x-amazon-apigateway-integration": { type: "mock", requestTemplates: { "application/json": '{"statusCode": 200}' }, responses: { default: { statusCode: "200" } } }, responses: { "200": { description: "ok" } } };
  const paths = Object.fromEntries(Array.from({ length: RESOURCES - 1 }, (_, i) => [`/r${String(i).padStart(3, "0")}`, { get: mock }]));
  return JSON.stringify({ openapi: "3.0.1", info: { title: "bench-deploy", version: "1" }, paths });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function summarise(label: string, perRound: string[][], times: number[]) {
  const counts = new Map<string, number>();
  for (const call of perRound[0]!) counts.set(call, (counts.get(call) ?? 0) + 1);
  console.log(`${label}: ${perRound[0]!.length} AWS call(s), median ${median(times).toFixed(0)} ms over ${times.length} rounds (min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms)`);
  for (const [call, count] of counts) console.log(`  ${count} x ${call}`);
}

const sandbox = await startSandbox(["--in-memory"]);
try {
  const direct = new APIGatewayClient({ endpoint: sandbox.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  const api = await direct.send(new ImportRestApiCommand({ body: new TextEncoder().encode(document()) }));
  const restApiId = api.id!;
  await direct.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
  const first = (await direct.send(new GetResourcesCommand({ restApiId, limit: 500 }))).items!.find((r) => r.path === "/r000")!;
  await direct.send(new UpdateMethodCommand({ restApiId, resourceId: first.id, httpMethod: "GET", patchOperations: [{ op: "replace", path: "/apiKeyRequired", value: "true" }] }));
  await fetch(`${sandbox.url}/_archway/realism`, { method: "PUT", body: JSON.stringify({ latencyMs: LATENCY_MS, jitterMs: 0, rateLimits: false, faults: {} }) });

  const env: EnvironmentSummary = { id: "bench", name: "bench", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: await countingProxy(sandbox.url), protected: false };
  const diffRounds: string[][] = [];
  const diffTimes: number[] = [];
  let changeCount = 0;
  for (let round = 0; round < ROUNDS; round++) {
    calls.length = 0;
    const begin = performance.now();
    const [snapshot, deployed] = await Promise.all([readApiSnapshot(env, restApiId), exportStage(env, restApiId, "dev")]);
    changeCount = deployDiff(deployed, openApiFromSnapshot(snapshot, { stageName: "dev", region: env.region, fallbackVersion: "working copy" })).count;
    diffTimes.push(performance.now() - begin);
    diffRounds.push([...calls]);
  }
  console.log(`API: ${RESOURCES} resources, ${LATENCY_MS} ms added per sandbox call; undeployed changes found: ${changeCount}`);
  summarise("Undeployed diff (working copy vs stage dev)", diffRounds, diffTimes);

  const deployRounds: string[][] = [];
  const deployTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const stage = await getStage(env, restApiId, "dev");
    calls.length = 0;
    const begin = performance.now();
    const outcome = await runDeploy(env, { restApiId, stageName: "dev", description: `bench ${round}`, previousDeploymentId: stage!.deploymentId, stageExists: true }, []);
    deployTimes.push(performance.now() - begin);
    deployRounds.push([...calls]);
    if (outcome.status !== "deployed") console.log(`  round ${round}: ${outcome.summary}`);
  }
  summarise("Deploy (create deployment, point stage, verify)", deployRounds, deployTimes);
  console.log("goal: diff in at most 3 calls and under 1 s");
} finally {
  await sandbox.stop();
}
