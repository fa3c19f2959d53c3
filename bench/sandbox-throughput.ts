// Throughput of the sandbox against moto's server on the same workload, with the same JS SDK client:
// CreateResource, and GetResources(embed=methods) on a 300-resource API, with 1 and 8 concurrent clients.
// The sandbox runs --in-memory (moto keeps state in memory too) and also with its durable journal.
// Each workload is measured twice: end to end (the SDK parses every response) and server-bound (the same
// client reads each body to the end without parsing it; see support/discard-bodies.ts). A null server that
// answers instantly shows the ceiling the client reaches on this machine (support/null-server.ts).
// Prints figures only; run: npx tsx bench/sandbox-throughput.ts   (BENCH_SECONDS=n: length of each measurement; BENCH_ROUNDS=n: rounds)
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
import { startNullServer } from "./support/null-server";

const CLIENTS = [1, 8];
/** Each measurement runs for about this long (the request count is sized from a warm-up). */
const TARGET_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const RESOURCES_PER_API = 300;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const tempDirs: string[] = [];
function tempDir(): string {
  tempDirs.push(mkdtempSync(join(tmpdir(), "archway-bench-")));
  return tempDirs.at(-1)!;
}

interface Target {
  label: string;
  start(): Promise<BenchServer>;
  /** The null server has nothing to set up. */
  noSetup?: boolean;
}

/** The GetResources body the null server answers with: the sandbox's own, for the same 300-resource API. */
let capturedGetResources = "";

const targets: Target[] = [
  { label: "sandbox --in-memory", start: () => startSandbox(["--in-memory"]) },
  { label: "sandbox durable journal", start: () => startSandbox(["--data-dir", tempDir()]) },
  { label: "moto server", start: startMoto },
  { label: "null server (ceiling)", start: () => startNullServer(tempDir(), capturedGetResources), noSetup: true },
];

const MODES = ["SDK end to end", "server-bound"] as const;
type Mode = (typeof MODES)[number];

function clientFor(url: string, mode: Mode = "SDK end to end", accessKeyId = "test"): APIGatewayClient {
  const client = new APIGatewayClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });
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

let nextAccount = 400_000_000_000;


/** Sizes a run from a short warm-up so it takes about TARGET_SECONDS. */
async function sized(clients: number, warmUp: (index: number) => Promise<unknown>): Promise<number> {
  const warm = await closedLoop(clients, 8 * clients, warmUp);
  return Math.max(20, Math.min(5_000, Math.round(warm.perSecond * TARGET_SECONDS)));
}

async function createResourceLoad(url: string, mode: Mode, clients: number): Promise<LoadResult> {
  // An account of its own per run, so runs never reach the per-region quota of 600 APIs.
  const account = String(nextAccount++);
  const client = clientFor(url, mode, account);
  const setup = clientFor(url, "SDK end to end", account);
  const warmApi = await newApi(setup, "warm-up");
  const total = await sized(clients, (i) => client.send(new CreateResourceCommand({ restApiId: warmApi.id, parentId: warmApi.root, pathPart: `w${i}` })));
  // Stay under the 300-resources-per-API quota: a fresh API every 290 creations, all made before timing.
  const apis: Array<{ id: string; root: string }> = [];
  while (apis.length * 290 < total) apis.push(await newApi(setup, `load-${apis.length}`));
  const result = await closedLoop(clients, total, (i) => {
    const api = apis[Math.floor(i / 290)]!;
    return client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: `r${i}` }));
  });
  client.destroy();
  setup.destroy();
  return result;
}

async function getResourcesLoad(url: string, mode: Mode, restApiId: string, clients: number): Promise<LoadResult> {
  const client = clientFor(url, mode);
  const call = () => client.send(new GetResourcesCommand({ restApiId, limit: 500, embed: ["methods"] }));
  const result = await closedLoop(clients, await sized(clients, call), call);
  client.destroy();
  return result;
}

interface Started {
  target: Target;
  server: BenchServer;
  largeApiId: string;
}

async function startTarget(target: Target): Promise<Started> {
  const server = await target.start();
  if (target.noSetup) return { target, server, largeApiId: "nullapi123" };
  const client = clientFor(server.url);
  const largeApiId = await buildLargeApi(client);
  const items = (await client.send(new GetResourcesCommand({ restApiId: largeApiId, limit: 500, embed: ["methods"] }))).items ?? [];
  const withMethods = items.filter((item) => item.resourceMethods?.GET?.methodIntegration).length;
  capturedGetResources ||= await (await fetch(`${server.url}/restapis/${largeApiId}/resources?limit=500&embed=methods`)).text();
  console.log(`${target.label}: started in ${server.startupMs.toFixed(0)} ms; large API has ${items.length} resources, ${withMethods} with an embedded GET integration`);
  client.destroy();
  return { target, server, largeApiId };
}

const WORKLOADS = {
  CreateResource: (started: Started, mode: Mode, clients: number) => createResourceLoad(started.server.url, mode, clients),
  "GetResources embed=methods (300)": (started: Started, mode: Mode, clients: number) => getResourcesLoad(started.server.url, mode, started.largeApiId, clients),
};
type Workload = keyof typeof WORKLOADS;

type Row = { mode: Mode; workload: Workload; clients: number; target: string; result: LoadResult };

/**
 * Every target measured in turn, ROUNDS times, so load from elsewhere on the machine falls on all of them
 * alike; each figure is the round with the median req/s.
 */
async function measureAll(running: Started[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const mode of MODES) {
    for (const workload of Object.keys(WORKLOADS) as Workload[]) {
      for (const clients of CLIENTS) {
        const rounds = new Map<string, LoadResult[]>();
        for (let round = 0; round < ROUNDS; round++) {
          for (const started of running) {
            const result = await WORKLOADS[workload](started, mode, clients);
            rounds.set(started.target.label, [...(rounds.get(started.target.label) ?? []), result]);
          }
        }
        for (const [target, results] of rounds) {
          const sorted = [...results].sort((a, b) => a.perSecond - b.perSecond);
          rows.push({ mode, workload, clients, target, result: sorted[Math.floor(sorted.length / 2)]! });
        }
      }
    }
  }
  return rows;
}

const pad = (text: string | number, width: number) => String(text).padEnd(width);

function print(rows: Row[]): void {
  for (const mode of MODES) printMode(mode, rows.filter((row) => row.mode === mode));
}

function printMode(mode: Mode, rows: Row[]): void {
  console.log(`\n== ${mode} (median of ${ROUNDS} interleaved rounds)\n${pad("workload", 34)}${pad("clients", 9)}${pad("target", 26)}${pad("requests", 10)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}`);
  for (const { workload, clients, target, result } of rows) {
    console.log(
      `${pad(workload, 34)}${pad(clients, 9)}${pad(target, 26)}${pad(result.requests, 10)}${pad(result.perSecond.toFixed(0), 10)}${pad(result.p50Ms.toFixed(2), 9)}${pad(result.p99Ms.toFixed(2), 9)}`,
    );
  }
  console.log(`\n${mode}: ratio to moto (req/s; goal: sandbox >= 10x)`);
  const same = (a: Row, b: Row) => a.workload === b.workload && a.clients === b.clients;
  for (const row of rows.filter((r) => r.target.startsWith("sandbox"))) {
    const moto = rows.find((r) => r.target === "moto server" && same(r, row));
    const ceiling = rows.find((r) => r.target.startsWith("null server") && same(r, row));
    const ofCeiling = ceiling ? ` (sandbox at ${((100 * row.result.perSecond) / ceiling.result.perSecond).toFixed(0)}% of the null server; moto at ${moto ? ((100 * moto.result.perSecond) / ceiling.result.perSecond).toFixed(0) : "?"}%)` : "";
    if (moto) console.log(`${pad(row.workload, 34)}${pad(row.clients, 9)}${pad(row.target, 26)}${(row.result.perSecond / moto.result.perSecond).toFixed(1)}x${ofCeiling}`);
  }
}

async function main(): Promise<void> {
  const running: Started[] = [];
  try {
    for (const target of targets) running.push(await startTarget(target));
    print(await measureAll(running));
  } finally {
    for (const { server } of running) await server.stop();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
