// dev tool: CPU per request of handleExecuteApi alone (no HTTP), for profiling
import { startSandbox } from "../emulator/sandbox";
import { defaultConfig } from "../emulator/config";
import { createLogger } from "../emulator/logger";
import { handleExecuteApi } from "../emulator/data-plane/serve";
import { callerScope } from "../emulator/protocol/sigv4-scope";
import { integrationStages, featureStages } from "./support/data-plane-stages";
import { startBareServer } from "./support/bare-node-servers";
const config = { ...defaultConfig(), port: 4740, dataDir: process.env.DATA_DIR, cacheClusterDelayMs: 0 };
const sandbox = await startSandbox(config, { logLevel: "warn" });
const deps = { store: sandbox.store, config, realism: sandbox.realism, logger: createLogger("warn"), now: Date.now };
const bare = await startBareServer();
const stages: Record<string, { url: string; method?: string; headers?: Record<string, string>; body?: string }> = { ...(await integrationStages(sandbox.url, bare.url)), ...(process.env.FEATURES ? await featureStages(sandbox.url) : {}) };
const N = Number(process.env.N ?? 20000);
let id = 0;
for (const [name, stage] of Object.entries(stages)) {
  if (process.env.ONLY && !process.env.ONLY.split(",").includes(name)) continue;
  const url = new URL(stage.url);
  const one = () => handleExecuteApi({ method: stage.method ?? "GET", url, headers: { host: url.host, "user-agent": "x", accept: "*/*", ...stage.headers }, body: Buffer.from(stage.body ?? ""), caller: callerScope(undefined), requestId: `req-${id++}`, sourceIp: "127.0.0.1" }, deps);
  for (let i = 0; i < 2000; i++) await one();
  const before = process.cpuUsage();
  const t = performance.now();
  // 16 in flight, like c=16
  let next = 0;
  await Promise.all(Array.from({ length: 16 }, async () => { while (next++ < N) { const r = await one(); if (r.status >= 300) throw new Error(`${name} ${r.status}`); } }));
  const used = process.cpuUsage(before);
  console.log(`${name.padEnd(32)} ${((used.user + used.system) / 1000 / N).toFixed(4)} ms CPU/req  ${((performance.now() - t) / N).toFixed(4)} ms wall/req`);
}
await bare.stop();
await sandbox.close();
