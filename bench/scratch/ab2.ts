import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpLoad, warmUp } from "../support/autocannon-load";
import { startBareServer } from "../support/bare-node-servers";
import { startSandbox } from "../support/bench-servers";
import { integrationStages, featureStages } from "../support/data-plane-stages";

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "ab-"));
  const bare = await startBareServer();
  const sandbox = await startSandbox(["--data-dir", dataDir, "--cache-cluster-delay", "0"]);
  const stages: Record<string, { url: string; headers?: Record<string, string> }> = { ...(await integrationStages(sandbox.url, bare.url)) };
  if (process.env.FEATURES) Object.assign(stages, await featureStages(sandbox.url));
  const names = (process.env.TARGETS ?? "floor,MOCK,Lambda proxy").split(",");
  const rounds = Number(process.env.ROUNDS ?? 5);
  const secs = Number(process.env.SECS ?? 3);
  const target = (n: string) => (n === "floor" ? { load: { url: `${bare.url}/x` }, pid: bare.child.pid! } : { load: stages[n]!, pid: sandbox.child.pid! });
  const results = new Map<string, number[]>();
  for (const n of names) await warmUp(target(n).load, 16, 4000);
  for (let r = 0; r < rounds; r++) {
    for (const n of names) {
      const t = target(n);
      const res = await httpLoad(t.load, 16, secs, t.pid);
      results.set(n, [...(results.get(n) ?? []), res.serverCpuMsPerRequest * 1000]);
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
  const floor = median(results.get("floor") ?? [NaN]);
  for (const [n, v] of results) console.log(`${n.padEnd(28)} median ${median(v).toFixed(1)} µs  (${(median(v) / floor).toFixed(2)}x floor)  all ${v.map((x) => x.toFixed(0)).join(" ")}`);
  await sandbox.stop();
  await bare.stop();
}
main();
