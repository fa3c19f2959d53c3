// Sandbox start-up time and memory with a large state: 100 REST APIs x 300 resources, each resource with a
// MOCK GET method. The data folder is built by driving the store and the control plane directly (what the
// operations would write), then the sandbox is started as a process 5 times per case.
// Prints figures only; run: npx tsx bench/sandbox-startup.ts
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Store } from "../emulator/store/store";
import { defaultConfig } from "../emulator/config";
import type { OpContext } from "../emulator/control-plane/op-context";
import { createRestApi } from "../emulator/control-plane/apigateway/rest-apis";
import { createResource } from "../emulator/control-plane/apigateway/resources";
import { putMethod } from "../emulator/control-plane/apigateway/methods";
import { putIntegration } from "../emulator/control-plane/apigateway/integrations";
import { rssMb, startSandbox } from "./support/bench-servers";
import { median } from "./support/closed-loop";

const APIS = 100;
const RESOURCES_PER_API = 300;
const RUNS = 5;

function contextFor(store: Store): OpContext {
  return { state: store.scope("000000000000", "us-east-1"), accountId: "000000000000", region: "us-east-1", requestId: "bench", now: Date.now(), config: defaultConfig() };
}

/** One API: the root plus 299 resources (20 top-level paths, the rest below them), each with GET + MOCK. */
function buildApi(ctx: OpContext, index: number): void {
  const api = createRestApi(ctx, { name: `api-${index}`, endpointConfiguration: { types: ["REGIONAL"] } });
  const resourceIds = [api.rootResourceId];
  const top: string[] = [];
  for (let i = 0; i < RESOURCES_PER_API - 1; i++) {
    const parentId = i < 20 ? api.rootResourceId : top[i % 20]!;
    const resource = createResource(ctx, api.id, parentId, i < 20 ? `area${i}` : `item${i}`);
    if (i < 20) top.push(resource.id);
    resourceIds.push(resource.id);
  }
  for (const resourceId of resourceIds) {
    const at = { restApiId: api.id, resourceId, httpMethod: "GET" };
    putMethod(ctx, at, { authorizationType: "NONE" });
    putIntegration(ctx, at, { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } });
  }
}

/** Left open, as a kill -9 would leave them (held here so their files are not closed by the GC either). */
const unclosed: Store[] = [];

/**
 * Writes the state one transaction per API. A clean close leaves everything in snapshot.json; left open, the
 * folder is what a kill -9 leaves (the journal, compacted into the snapshot each time it passes 16 MB).
 */
async function buildDataDir(cleanClose: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "archway-startup-"));
  const store = await Store.open({ dataDir: dir, durable: false });
  const ctx = contextFor(store);
  for (let i = 0; i < APIS; i++) await store.run(() => buildApi(ctx, i));
  if (cleanClose) await store.close();
  else unclosed.push(store);
  return dir;
}

const files = (dir: string) =>
  readdirSync(dir)
    .map((name) => `${name} ${(statSync(join(dir, name)).size / 1024 / 1024).toFixed(1)} MB`)
    .join(", ");

async function measure(label: string, args: string[]): Promise<void> {
  const spawnToListening: number[] = [];
  const inProcess: number[] = [];
  const rss: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const sandbox = await startSandbox(args);
    spawnToListening.push(sandbox.startupMs);
    inProcess.push(sandbox.reportedStartupMs);
    rss.push(rssMb(sandbox.child.pid!));
    await sandbox.stop();
  }
  console.log(
    `${label.padEnd(44)}${median(spawnToListening).toFixed(0).padStart(8)} ms${median(inProcess).toFixed(0).padStart(10)} ms${median(rss).toFixed(0).padStart(10)} MB`,
  );
}

async function main(): Promise<void> {
  const begin = performance.now();
  const snapshotDir = await buildDataDir(true);
  const journalDir = await buildDataDir(false);
  console.log(`built ${APIS} APIs x ${RESOURCES_PER_API} resources (GET + MOCK each) twice in ${((performance.now() - begin) / 1000).toFixed(1)} s`);
  console.log(`after a clean stop: ${files(snapshotDir)}\nafter kill -9: ${files(journalDir)}\n`);
  console.log(`${"case (median of 5)".padEnd(44)}${"spawn to listening".padStart(20)}${"in process".padStart(13)}${"RSS".padStart(10)}`);
  try {
    await (await startSandbox(["--in-memory"])).stop(); // builds the bundle if emulator/ changed, outside the figures
    await measure("empty, --in-memory", ["--in-memory"]);
    await measure("30,000 resources, after a clean stop", ["--data-dir", snapshotDir]);
    await measure("30,000 resources, after kill -9 (replay)", ["--data-dir", journalDir]);
  } finally {
    for (const dir of [snapshotDir, journalDir]) rmSync(dir, { recursive: true, force: true });
  }
  console.log("\n'in process' is the sandbox's own figure (store load + listen); the rest is node start-up and loading the sandbox's bundle.");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
