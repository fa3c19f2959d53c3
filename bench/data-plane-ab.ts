// Interleaved A/B of the data plane: the bare Node floor and each sandbox target in turn, a short point each, many
// rounds, so the machine's drift (on a shared machine, ±20% between samples a minute apart) falls on every target
// alike; each target's figures are read as ratios to the floor point measured right before it. With AB_BASELINE
// set to another checkout of this repository (a git worktree of an earlier commit, node_modules installed), that
// build's sandbox runs beside this one and every target is also compared round by round with its baseline.
// Prints figures only; run:
//   npx tsx bench/data-plane-ab.ts   (AB_TARGETS="MOCK,Lambda proxy" by default, or any of "HTTP_PROXY" and the
//   feature names of support/data-plane-stages.ts; AB_ROUNDS=n, default 10; AB_SECONDS=n per point, default 2;
//   AB_BASELINE=/path/to/other/checkout; AB_CONNECTIONS=n, default 16; AB_NODE_FLAGS and AB_BASELINE_NODE_FLAGS="--flag ..." start either sandbox
//   with node flags, so AB_BASELINE=. with AB_NODE_FLAGS compares one build with and without a V8 setting)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpLoad, warmUp, type HttpLoad, type HttpLoadResult } from "./support/autocannon-load";
import { startBareServer } from "./support/bare-node-servers";
import { root, startSandbox, type BenchServer } from "./support/bench-servers";
import { RAISED_ACCOUNT_THROTTLE_ARGS, featureStages, integrationStages } from "./support/data-plane-stages";

const TARGETS = (process.env.AB_TARGETS ?? "MOCK,Lambda proxy").split(",").map((name) => name.trim());
const ROUNDS = Number(process.env.AB_ROUNDS ?? 10);
const SECONDS = Number(process.env.AB_SECONDS ?? 2);
const BASELINE = process.env.AB_BASELINE;
const nodeFlags = (value: string | undefined) => (value ?? "").split(" ").filter(Boolean);
const CONNECTIONS = Number(process.env.AB_CONNECTIONS ?? 16);

interface Point {
  readonly label: string;
  readonly server: BenchServer;
  readonly load: HttpLoad;
  readonly results: HttpLoadResult[];
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pad = (text: string, width: number) => text.padEnd(width);

async function sandboxPoints(name: string, checkout: string, flags: string[], backendUrl: string, dataDirs: string[]): Promise<Point[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "archway-dp-ab-"));
  dataDirs.push(dataDir);
  const server = await startSandbox(["--data-dir", dataDir, "--cache-cluster-delay", "0", ...RAISED_ACCOUNT_THROTTLE_ARGS], flags, checkout);
  const stages: Record<string, HttpLoad> = { ...(await integrationStages(server.url, backendUrl)) };
  if (TARGETS.some((target) => !(target in stages))) Object.assign(stages, await featureStages(server.url));
  return TARGETS.map((target) => {
    if (!stages[target]) throw new Error(`AB_TARGETS: ${target} is not a stage of support/data-plane-stages.ts`);
    return { label: `${name}: ${target}`, server, load: stages[target], results: [] };
  });
}

async function main(): Promise<void> {
  const dataDirs: string[] = [];
  const bare = await startBareServer();
  const servers: BenchServer[] = [bare];
  try {
    const floor: Point = { label: "bare Node http server (the floor)", server: bare, load: { url: `${bare.url}/` }, results: [] };
    const current = await sandboxPoints("this checkout", root, nodeFlags(process.env.AB_NODE_FLAGS), bare.url, dataDirs);
    servers.push(current[0]!.server);
    const baseline = BASELINE ? await sandboxPoints("baseline", BASELINE, nodeFlags(process.env.AB_BASELINE_NODE_FLAGS), bare.url, dataDirs) : [];
    if (baseline[0]) servers.push(baseline[0].server);
    const sandboxes = [...current, ...baseline];
    for (const point of [floor, ...sandboxes]) await warmUp(point.load, CONNECTIONS, 4_000);
    // The floor before each target, so every ratio compares points a few seconds apart.
    for (let round = 0; round < ROUNDS; round++) {
      for (const point of sandboxes) {
        floor.results.push(await httpLoad(floor.load, CONNECTIONS, SECONDS, bare.child.pid!));
        point.results.push(await httpLoad(point.load, CONNECTIONS, SECONDS, point.server.child.pid!));
      }
    }
    console.log(`\n== c=${CONNECTIONS}, ${SECONDS} s per point, ${ROUNDS} rounds; medians, and medians of each point's ratio to the floor point just before it`);
    console.log(`${pad("target", 36)}${pad("CPU µs/req", 12)}${pad("vs floor", 10)}${pad("req/s", 9)}${pad("vs floor", 10)}${pad("p50 ms", 8)}${pad("p99 ms", 8)}added p99 ms`);
    const floorCpu = floor.results.map((result) => result.serverCpuMsPerRequest * 1000);
    console.log(`${pad(floor.label, 36)}${pad(median(floorCpu).toFixed(1), 22)}${pad(median(floor.results.map((result) => result.perSecond)).toFixed(0), 19)}${pad(median(floor.results.map((result) => result.p50Ms)).toFixed(2), 8)}${median(floor.results.map((result) => result.p99Ms)).toFixed(2)}`);
    sandboxes.forEach((point, index) => {
      // The floor point measured right before each of this target's points.
      const before = point.results.map((_, round) => floor.results[round * sandboxes.length + index]!);
      const cpu = point.results.map((result) => result.serverCpuMsPerRequest * 1000);
      const cpuRatio = median(cpu.map((value, round) => value / (before[round]!.serverCpuMsPerRequest * 1000)));
      const rpsRatio = median(point.results.map((result, round) => result.perSecond / before[round]!.perSecond));
      const addedP99 = median(point.results.map((result, round) => result.p99Ms - before[round]!.p99Ms));
      const errors = point.results.reduce((sum, result) => sum + result.errors, 0);
      console.log(
        `${pad(point.label, 36)}${pad(median(cpu).toFixed(1), 12)}${pad(`${cpuRatio.toFixed(2)}x`, 10)}${pad(median(point.results.map((result) => result.perSecond)).toFixed(0), 9)}${pad(`${rpsRatio.toFixed(2)}x`, 10)}${pad(median(point.results.map((result) => result.p50Ms)).toFixed(2), 8)}${pad(median(point.results.map((result) => result.p99Ms)).toFixed(2), 8)}${addedP99.toFixed(2)}${errors ? `   (${errors} errors)` : ""}`,
      );
    });
    if (baseline.length > 0) {
      console.log("\n== this checkout against the baseline, target by target: median of the per-round ratios");
      current.forEach((point, index) => {
        const base = baseline[index]!;
        const cpu = median(point.results.map((result, round) => result.serverCpuMsPerRequest / base.results[round]!.serverCpuMsPerRequest));
        const rps = median(point.results.map((result, round) => result.perSecond / base.results[round]!.perSecond));
        console.log(`${pad(TARGETS[index]!, 36)}CPU per request ${cpu.toFixed(2)}x   req/s ${rps.toFixed(2)}x`);
      });
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
