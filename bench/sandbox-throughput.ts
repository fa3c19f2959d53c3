// Throughput of the sandbox against moto's server on the same workload, with the same JS SDK client:
// CreateResource, and GetResources(embed=methods) on a 300-resource API, with 1 and 8 concurrent clients.
// The sandbox runs --in-memory (moto keeps state in memory too) and also with its durable journal.
// Each workload is measured three ways: end to end (the SDK parses every response), server-bound (the same
// client reads each body to the end without parsing it; see support/discard-bodies.ts), and replayed (the SDK
// builds and signs every request before timing and the timed part only sends those bytes; support/replay.ts).
// Each row also shows the server's own CPU time per request (from /proc), which does not depend on the client.
// A null server that answers instantly shows the ceiling the client reaches on this machine (support/null-server.ts).
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
import { cpuMs, startMoto, startSandbox, type BenchServer } from "./support/bench-servers";
import { closedLoop, type LoadResult } from "./support/closed-loop";
import { discardResponseBodies } from "./support/discard-bodies";
import { startNullServer } from "./support/null-server";
import { recordRequests, replay, type SdkCall } from "./support/replay";

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

const MODES = ["SDK end to end", "server-bound", "replayed"] as const;
type Mode = (typeof MODES)[number];

const MODE_NOTES: Record<Mode, string> = {
  "SDK end to end": "the JS SDK sends each request and parses each response",
  "server-bound": "the JS SDK sends each request and reads each body to the end without parsing it",
  replayed: "the JS SDK builds and signs every request before timing; the timed part sends those bytes over keep-alive connections and reads each answer",
};

function clientFor(url: string, mode: Mode = "SDK end to end", accessKeyId = "test"): APIGatewayClient {
  const client = new APIGatewayClient({ endpoint: url, region: "us-east-1", credentials: { accessKeyId, secretAccessKey: "test" }, maxAttempts: 1 });
  if (mode === "server-bound") discardResponseBodies(client);
  return client;
}

/** What one measurement returns: the client's view plus the server's CPU time per request. */
interface Measured extends LoadResult {
  serverCpuMsPerRequest: number;
}

/** Sends the `total` requests `call` makes from `clients` concurrent clients, in the given mode. */
async function load(server: BenchServer, mode: Mode, accessKeyId: string, clients: number, total: number, call: SdkCall): Promise<Measured> {
  const pid = server.child.pid!;
  if (mode === "replayed") {
    const requests = await recordRequests(server.url, accessKeyId, total, call);
    const before = cpuMs(pid);
    const result = await replay(server.url, clients, requests);
    return { ...result, serverCpuMsPerRequest: (cpuMs(pid) - before) / total };
  }
  const client = clientFor(server.url, mode, accessKeyId);
  try {
    const before = cpuMs(pid);
    const result = await closedLoop(clients, total, (index) => call(client, index));
    return { ...result, serverCpuMsPerRequest: (cpuMs(pid) - before) / total };
  } finally {
    client.destroy();
  }
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
async function sized(warmUp: (total: number) => Promise<LoadResult>, clients: number): Promise<number> {
  const warm = await warmUp(8 * clients);
  return Math.max(20, Math.min(MAX_REQUESTS, Math.round(warm.perSecond * TARGET_SECONDS)));
}

const MAX_REQUESTS = 8_000;
/** CreateResource makes a fresh API every this many creations, staying under the 300-resources-per-API quota. */
const CREATIONS_PER_API = 290;

async function createResourceLoad(server: BenchServer, mode: Mode, clients: number): Promise<Measured> {
  // An account of its own per run, so runs never reach the per-region quota of 600 APIs.
  const account = String(nextAccount++);
  const setup = clientFor(server.url, "SDK end to end", account);
  const run = async (total: number, prefix: string) => {
    // Every API the run needs is made before timing.
    const apis: Array<{ id: string; root: string }> = [];
    while (apis.length * CREATIONS_PER_API < total) apis.push(await newApi(setup, `${prefix}-${apis.length}`));
    return load(server, mode, account, clients, total, (client, i) => {
      const api = apis[Math.floor(i / CREATIONS_PER_API)]!;
      return client.send(new CreateResourceCommand({ restApiId: api.id, parentId: api.root, pathPart: `r${i}` }));
    });
  };
  const total = await sized((warmTotal) => run(warmTotal, "warm-up"), clients);
  const result = await run(total, "load");
  setup.destroy();
  return result;
}

async function getResourcesLoad(server: BenchServer, mode: Mode, restApiId: string, clients: number): Promise<Measured> {
  const run = (total: number) => load(server, mode, "test", clients, total, (client) => client.send(new GetResourcesCommand({ restApiId, limit: 500, embed: ["methods"] })));
  return run(await sized(run, clients));
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
  CreateResource: (started: Started, mode: Mode, clients: number) => createResourceLoad(started.server, mode, clients),
  "GetResources embed=methods (300)": (started: Started, mode: Mode, clients: number) => getResourcesLoad(started.server, mode, started.largeApiId, clients),
};
type Workload = keyof typeof WORKLOADS;

type Row = { mode: Mode; workload: Workload; clients: number; target: string; result: Measured };

/**
 * Every target measured in turn, ROUNDS times, so load from elsewhere on the machine falls on all of them
 * alike; each figure is the round with the median req/s.
 */
async function measureAll(running: Started[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const mode of MODES) {
    for (const workload of Object.keys(WORKLOADS) as Workload[]) {
      for (const clients of CLIENTS) {
        const rounds = new Map<string, Measured[]>();
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
  console.log(`\n== ${mode}: ${MODE_NOTES[mode]} (median of ${ROUNDS} interleaved rounds)`);
  console.log(`${pad("workload", 34)}${pad("clients", 9)}${pad("target", 26)}${pad("requests", 10)}${pad("req/s", 10)}${pad("p50 ms", 9)}${pad("p99 ms", 9)}server CPU ms/req`);
  for (const { workload, clients, target, result } of rows) {
    console.log(
      `${pad(workload, 34)}${pad(clients, 9)}${pad(target, 26)}${pad(result.requests, 10)}${pad(result.perSecond.toFixed(0), 10)}${pad(result.p50Ms.toFixed(2), 9)}${pad(result.p99Ms.toFixed(2), 9)}${result.serverCpuMsPerRequest.toFixed(3)}`,
    );
  }
  console.log(`\n${mode}: sandbox / moto (goal: >= 10x); req/s, and requests per CPU-second of the server's own process`);
  const same = (a: Row, b: Row) => a.workload === b.workload && a.clients === b.clients;
  for (const row of rows.filter((r) => r.target.startsWith("sandbox"))) {
    const moto = rows.find((r) => r.target === "moto server" && same(r, row));
    const ceiling = rows.find((r) => r.target.startsWith("null server") && same(r, row));
    if (!moto) continue;
    const percentOfCeiling = (r: Row) => (ceiling ? `${((100 * r.result.perSecond) / ceiling.result.perSecond).toFixed(0)}%` : "?");
    const cpuRatio = moto.result.serverCpuMsPerRequest / row.result.serverCpuMsPerRequest;
    console.log(
      `${pad(row.workload, 34)}${pad(row.clients, 9)}${pad(row.target, 26)}req/s ${pad(`${(row.result.perSecond / moto.result.perSecond).toFixed(1)}x`, 8)}per CPU-second ${pad(Number.isFinite(cpuRatio) ? `${cpuRatio.toFixed(1)}x` : "n/a", 8)}(of the null server's req/s: sandbox ${percentOfCeiling(row)}, moto ${percentOfCeiling(moto)})`,
    );
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
