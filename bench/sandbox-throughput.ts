// Throughput of the sandbox against moto's server on the same workload, with the same JS SDK client:
// CreateResource, and GetResources(embed=methods) on a 300-resource API, with 1 and 8 concurrent clients.
// The sandbox runs --in-memory (moto keeps state in memory too) and also with its durable journal.
// Each workload is measured twice: end to end (the SDK parses every response) and server-bound (the same
// client reads each body to the end without parsing it; see support/discard-bodies.ts).
// Prints figures only; run: npx tsx bench/sandbox-throughput.ts   (BENCH_SECONDS=n sets each measurement's length)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  APIGatewayClient,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { startMoto, startSandbox, type BenchServer } from "./support/bench-servers";
import { closedLoop, type LoadResult } from "./support/closed-loop";
import { discardResponseBodies } from "./support/discard-bodies";

const CLIENTS = [1, 8];
/** Each measurement runs for about this long (the request count is sized from a warm-up). */
const TARGET_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const RESOURCES_PER_API = 300;

const tempDirs: string[] = [];
function tempDir(): string {
  tempDirs.push(mkdtempSync(join(tmpdir(), "archway-bench-")));
  return tempDirs.at(-1)!;
}

interface Target {
  label: string;
  start(): Promise<BenchServer>;
}

const targets: Target[] = [
  { label: "sandbox --in-memory", start: () => startSandbox(["--in-memory"]) },
  { label: "sandbox durable journal", start: () => startSandbox(["--data-dir", tempDir()]) },
  { label: "moto server", start: startMoto },
];

const MODES = ["SDK end to end", "server-bound"] as const;
type Mode = (typeof MODES)[number];

function clientFor(url: string, mode: Mode = "SDK end to end"): APIGatewayClient {
  const client = new APIGatewayClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
  if (mode === "server-bound") discardResponseBodies(client);
  return client;
}

async function newApi(client: APIGatewayClient, name: string): Promise<{ id: string; root: string }> {
  const api = await client.send(new CreateRestApiCommand({ name, endpointConfiguration: { types: ["REGIONAL"] } }));
  return { id: api.id!, root: api.rootResourceId! };
}

/** An API with 300 resources (20 top-level paths, the rest below them), each with a MOCK GET method. */
async function buildLargeApi(client: APIGatewayClient): Promise<string> {
  const api = await newApi(client, "large");
  const top: string[] = [];
  for (let i = 0; i < 20; i++) top.push((await client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: `area${i}` }))).id!);
  await closedLoop(8, RESOURCES_PER_API - 1 - top.length, (i) =>
    client.send(new CreateResourceCommand({ restApiId: api.id, parentId: top[i % top.length]!, pathPart: `item${i}` })),
  );
  const resources = (await client.send(new GetResourcesCommand({ restApiId: api.id, limit: 500 }))).items ?? [];
  await closedLoop(8, resources.length, async (i) => {
    const at = { restApiId: api.id, resourceId: resources[i]!.id!, httpMethod: "GET" };
    await client.send(new PutMethodCommand({ ...at, authorizationType: "NONE" }));
    await client.send(new PutMethodResponseCommand({ ...at, statusCode: "200" }));
    await client.send(new PutIntegrationCommand({ ...at, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    await client.send(new PutIntegrationResponseCommand({ ...at, statusCode: "200", responseTemplates: { "application/json": "{}" } }));
  });
  return api.id;
}

/** Sizes a measurement from a short warm-up so each one takes about TARGET_SECONDS. */
async function measure(clients: number, call: (index: number) => Promise<unknown>, maxRequests = Infinity): Promise<LoadResult> {
  const warm = await closedLoop(clients, 8 * clients, call);
  const total = Math.max(20, Math.min(maxRequests, Math.round(warm.perSecond * TARGET_SECONDS)));
  return closedLoop(clients, total, (i) => call(i + warm.requests));
}

async function createResourceLoad(setup: APIGatewayClient, client: APIGatewayClient, clients: number): Promise<LoadResult> {
  // Stay under the 300-resources-per-API quota: a fresh API every 290 creations, all made before timing.
  const apis: Array<{ id: string; root: string }> = [];
  for (let i = 0; i < 40; i++) apis.push(await newApi(setup, `load-${i}`));
  return measure(
    clients,
    (index) => {
      const api = apis[Math.floor(index / 290)]!;
      return client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: `r${index}` }));
    },
    apis.length * 290 - 8 * clients,
  );
}

async function getResourcesLoad(client: APIGatewayClient, restApiId: string, clients: number): Promise<LoadResult> {
  return measure(clients, () => client.send(new GetResourcesCommand({ restApiId, limit: 500, embed: ["methods"] })));
}

type Row = { mode: Mode; workload: string; clients: number; target: string; result: LoadResult };

async function runTarget(target: Target): Promise<Row[]> {
  const server = await target.start();
  const rows: Row[] = [];
  try {
    const client = clientFor(server.url);
    const large = await buildLargeApi(client);
    const items = (await client.send(new GetResourcesCommand({ restApiId: large, limit: 500, embed: ["methods"] }))).items ?? [];
    const withMethods = items.filter((item) => item.resourceMethods?.GET?.methodIntegration).length;
    console.log(`${target.label}: large API has ${items.length} resources, ${withMethods} with an embedded GET integration`);
    for (const mode of MODES) {
      const measured = clientFor(server.url, mode);
      for (const clients of CLIENTS) {
        const row = { mode, clients, target: target.label };
        rows.push({ ...row, workload: "CreateResource", result: await createResourceLoad(client, measured, clients) });
        rows.push({ ...row, workload: "GetResources embed=methods (300)", result: await getResourcesLoad(measured, large, clients) });
      }
      measured.destroy();
    }
    client.destroy();
  } finally {
    await server.stop();
  }
  return rows;
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

function print(rows: Row[]): void {
  for (const mode of MODES) printMode(mode, rows.filter((row) => row.mode === mode));
}

function printMode(mode: Mode, rows: Row[]): void {
  console.log(`\n== ${mode}\n${pad("workload", 34)}${pad("clients", 9)}${pad("target", 26)}${pad("requests", 10)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}`);
  for (const { workload, clients, target, result } of rows) {
    console.log(
      `${pad(workload, 34)}${pad(clients, 9)}${pad(target, 26)}${pad(result.requests, 10)}${pad(result.perSecond.toFixed(0), 10)}${pad(result.p50Ms.toFixed(2), 9)}${pad(result.p99Ms.toFixed(2), 9)}`,
    );
  }
  console.log(`\n${mode}: ratio to moto (req/s; goal: sandbox >= 10x)`);
  for (const row of rows.filter((r) => r.target.startsWith("sandbox"))) {
    const moto = rows.find((r) => r.target === "moto server" && r.workload === row.workload && r.clients === row.clients);
    if (moto) console.log(`${pad(row.workload, 34)}${pad(row.clients, 9)}${pad(row.target, 26)}${(row.result.perSecond / moto.result.perSecond).toFixed(1)}x`);
  }
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const target of targets) rows.push(...(await runTarget(target)));
  print(rows);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
