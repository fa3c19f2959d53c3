import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpLoad, warmUp } from "../support/autocannon-load";
import { startBareServer } from "../support/bare-node-servers";
import { startSandbox } from "../support/bench-servers";
import { integrationStages, featureStages } from "../support/data-plane-stages";

function threads(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    out.set(`${tid} ${comm} user`, Number(f[11]) * 10);
    out.set(`${tid} ${comm} sys`, Number(f[12]) * 10);
  }
  return out;
}
async function main() {
  const extra = (process.env.SANDBOX_ARGS ?? "").split(" ").filter(Boolean);
  const dataDir = mkdtempSync(join(tmpdir(), "thr-"));
  const bare = await startBareServer();
  const sandbox = await startSandbox(["--data-dir", dataDir, "--cache-cluster-delay", "0", ...extra], (process.env.NODE_FLAGS ?? "").split(" ").filter(Boolean));
  const target = process.env.TARGET ?? "MOCK";
  const stages: any = { ...(await integrationStages(sandbox.url, bare.url)), ...(target.includes(" ") || target === "MOCK" || target === "HTTP_PROXY" ? {} : await featureStages(sandbox.url)) };
  const stage = target === "floor" ? { url: bare.url + "/x" } : target === "bare403" ? { url: sandbox.url + "/_aws/execute-api/nope/prod/x" } : stages[target];
  await warmUp(stage, 16, 5000);
  const pid = target === "floor" ? bare.child.pid! : sandbox.child.pid!;
  writeFileSync("/tmp/b/pid", String(pid));
  const before = threads(pid);
  const r = await httpLoad(stage, 16, Number(process.env.SECS ?? 8), pid);
  const after = threads(pid);
  console.log(JSON.stringify({ rps: (r as any).requestsPerSecond ?? (r as any).rps, cpu: (r as any).cpuMsPerRequest, keys: Object.keys(r) }));
  let total = 0;
  for (const [k, v] of after) { const d = v - (before.get(k) ?? 0); total += d; if (d > 0) console.log(k.padEnd(30), d, "ms"); }
  console.log("total", total, "ms", "per req µs", (1000*total/r.requests).toFixed(1), "rps", r.perSecond);
  await sandbox.stop(); await bare.stop();
}
main();
