import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpLoad, warmUp } from "../support/autocannon-load";
import { startBareServer } from "../support/bare-node-servers";
import { startSandbox } from "../support/bench-servers";
import { integrationStages } from "../support/data-plane-stages";

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), "ab-"));
  const bare = await startBareServer();
  const sandbox = await startSandbox(["--data-dir", dataDir, "--cache-cluster-delay", "0"]);
  const stages = await integrationStages(sandbox.url, bare.url);
  const modes = (process.env.MODES ?? "1,3,4,5,0").split(",");
  const rounds = Number(process.env.ROUNDS ?? 5);
  const secs = Number(process.env.SECS ?? 3);
  const target = (process.env.TARGET ?? "MOCK") as keyof typeof stages;
  const results = new Map<string, number[]>();
  for (const m of modes) await warmUp({ url: `${stages[target].url}?xf=${m}` }, 16, 3000);
  for (let r = 0; r < rounds; r++) {
    for (const m of modes) {
      const res = await httpLoad({ url: `${stages[target].url}?xf=${m}` }, 16, secs, sandbox.child.pid!);
      results.set(m, [...(results.get(m) ?? []), res.serverCpuMsPerRequest * 1000]);
    }
  }
  for (const [m, v] of results) {
    const sorted = [...v].sort((a, b) => a - b);
    console.log(`mode ${m}: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} µs  all ${v.map((x) => x.toFixed(0)).join(" ")}`);
  }
  await sandbox.stop();
  await bare.stop();
}
main();
