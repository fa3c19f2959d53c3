// Where the sandbox's data plane spends its CPU under load: starts the sandbox as `npm run sandbox` runs it but
// under `node --cpu-prof`, drives one deployed stage with autocannon, stops the sandbox (which writes the
// profile) and prints the functions with the most self time during the load only, mapped back to emulator/
// sources through the bundle's source map, then the same time summed by source file.
// Prints figures only; run:
//   npx tsx bench/profile-data-plane.ts   (PROFILE_TARGET=MOCK by default: "Lambda proxy", "HTTP_PROXY" or one of
//   the feature names of support/data-plane-stages.ts; PROFILE_SECONDS=n, default 10; PROFILE_TOP=n, default 30;
//   PROFILE_KEEP=1 keeps the .cpuprofile and prints its path, to open in Chrome DevTools)
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { httpLoad, warmUp } from "./support/autocannon-load";
import { startBareServer } from "./support/bare-node-servers";
import { root, startSandbox } from "./support/bench-servers";
import { RAISED_ACCOUNT_THROTTLE_ARGS, featureStages, integrationStages, type StageCall } from "./support/data-plane-stages";

const TARGET = process.env.PROFILE_TARGET ?? "MOCK";
const SECONDS = Number(process.env.PROFILE_SECONDS ?? 10);
const TOP = Number(process.env.PROFILE_TOP ?? 30);
const CONNECTIONS = 16;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Microseconds of self time per profile node, counting only samples taken between `from` and `to` (monotonic µs). */
function selfTimes(profile: CpuProfile, from: number, to: number): Map<number, number> {
  const out = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i]!;
    // A sample stands for the interval up to the next one.
    const span = profile.timeDeltas[i + 1] ?? 0;
    if (at < from || at > to) continue;
    out.set(profile.samples[i]!, (out.get(profile.samples[i]!) ?? 0) + span);
  }
  return out;
}

/** "function (emulator/x.ts:12)" for a frame of the bundle, through its source map; other frames as V8 names them. */
function frameNamer(): (frame: ProfileNode["callFrame"]) => { name: string; file: string } {
  const maps = new Map<string, SourceMap | undefined>();
  const mapFor = (url: string) => {
    if (!maps.has(url)) {
      try {
        maps.set(url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, "utf8"))));
      } catch {
        maps.set(url, undefined);
      }
    }
    return maps.get(url);
  };
  return (frame) => {
    const fn = frame.functionName || "(anonymous)";
    if (!frame.url) return { name: fn, file: fn.startsWith("(") ? fn : "(native)" };
    const found = frame.url.startsWith("file:") ? mapFor(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber) : undefined;
    // findEntry answers {} for a position the map does not cover.
    const entry = found && "originalSource" in found ? (found as { originalSource: string; originalLine: number }) : undefined;
    if (entry) {
      const file = relative(root, entry.originalSource.startsWith("file:") ? fileURLToPath(entry.originalSource) : join(root, ".archway-build", entry.originalSource));
      return { name: `${fn} (${file}:${entry.originalLine + 1})`, file };
    }
    const file = frame.url.startsWith("node:") ? frame.url : relative(root, frame.url.startsWith("file:") ? fileURLToPath(frame.url) : frame.url);
    return { name: `${fn} (${file}:${frame.lineNumber + 1})`, file };
  };
}

function printTop(title: string, totals: Map<string, number>, all: number, requests: number, count: number): void {
  console.log(`\n== ${title}`);
  console.log(`${"self ms".padStart(9)}${"%".padStart(7)}${"µs/req".padStart(9)}  where`);
  for (const [name, us] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`${(us / 1000).toFixed(1).padStart(9)}${((100 * us) / all).toFixed(1).padStart(7)}${(us / requests).toFixed(2).padStart(9)}  ${name}`);
  }
}

async function stageFor(sandboxUrl: string, backendUrl: string): Promise<StageCall> {
  const stages: Record<string, StageCall> = await integrationStages(sandboxUrl, backendUrl);
  if (stages[TARGET]) return stages[TARGET];
  const features: Record<string, StageCall> = await featureStages(sandboxUrl);
  if (features[TARGET]) return features[TARGET];
  throw new Error(`PROFILE_TARGET ${TARGET}: not one of ${[...Object.keys(stages), ...Object.keys(features)].join(", ")}`);
}

async function main(): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), "archway-dp-profile-"));
  const dataDir = mkdtempSync(join(tmpdir(), "archway-dp-profile-data-"));
  const bare = await startBareServer();
  const sandbox = await startSandbox(["--data-dir", dataDir, "--cache-cluster-delay", "0", ...RAISED_ACCOUNT_THROTTLE_ARGS], ["--cpu-prof", `--cpu-prof-dir=${profileDir}`]);
  let window: [number, number];
  let requests: number;
  let cpuMs: number;
  try {
    const stage = await stageFor(sandbox.url, bare.url);
    await warmUp(stage, CONNECTIONS, 5_000);
    // V8's profile timestamps are CLOCK_MONOTONIC microseconds, as process.hrtime is (Linux).
    const from = Number(process.hrtime.bigint() / 1000n);
    const result = await httpLoad(stage, CONNECTIONS, SECONDS, sandbox.child.pid!);
    window = [from, Number(process.hrtime.bigint() / 1000n)];
    requests = result.requests;
    cpuMs = result.serverCpuMsPerRequest * requests;
    console.log(`${TARGET}: ${requests} requests at c=${CONNECTIONS} in ${SECONDS} s, ${result.errors} errors, server CPU ${result.serverCpuMsPerRequest.toFixed(3)} ms/request (under the profiler)`);
  } finally {
    await sandbox.stop();
    await bare.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("the sandbox wrote no CPU profile");
  const profile = JSON.parse(readFileSync(join(profileDir, file), "utf8")) as CpuProfile;
  const self = selfTimes(profile, ...window);
  const name = frameNamer();
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let all = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id);
    if (!us || node.callFrame.functionName === "(idle)") continue;
    const where = name(node.callFrame);
    byFunction.set(where.name, (byFunction.get(where.name) ?? 0) + us);
    byFile.set(where.file, (byFile.get(where.file) ?? 0) + us);
    all += us;
  }
  // V8 samples wall time and Node never marks the event loop idle: the wait for the next request is booked to
  // the native call made before it (usually writev). Read the emulator/ rows; the /proc figure is the real CPU.
  console.log(`profiled during the load: ${(all / 1000).toFixed(0)} ms (${(all / requests).toFixed(1)} µs/request); server CPU from /proc: ${cpuMs.toFixed(0)} ms (${((1000 * cpuMs) / requests).toFixed(1)} µs/request)`);
  console.log("the native call the event loop waits after (writev) also holds the idle time; a loaded machine inflates every row alike");
  printTop(`top ${TOP} functions by self time`, byFunction, all, requests, TOP);
  printTop("self time by source file", byFile, all, requests, 20);
  if (process.env.PROFILE_KEEP === "1") console.log(`\nprofile kept: ${join(profileDir, file)}`);
  else rmSync(profileDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
