// CPU per request of the data plane's handler chain alone (handleExecuteApi, no HTTP server or client), for each
// integration type and each expensive feature: the figure that moves with a change to the chain, and depends
// least on what else runs on the machine (process CPU time over many requests, 16 in flight, after a warm-up).
// Prints figures only; run: npx tsx bench/data-plane-handler-cpu.ts   (BENCH_REQUESTS=n per row, default 10000;
// BENCH_PORTS=4700-4799)
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig } from "../emulator/config";
import { handleExecuteApi } from "../emulator/data-plane/serve";
import { createLogger } from "../emulator/logger";
import { callerScope } from "../emulator/protocol/sigv4-scope";
import { startSandbox } from "../emulator/sandbox";
import { startBareServer } from "./support/bare-node-servers";
import { benchPort } from "./support/bench-servers";
import { RAISED_ACCOUNT_THROTTLE, featureStages, integrationStages, templateStages, type StageCall } from "./support/data-plane-stages";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 10_000);
const IN_FLIGHT = 16;
const WARM_UP = 2_000;
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "archway-handler-cpu-"));
  // In this process, durable as `npm run sandbox` runs it, so the handler is called directly. The chain alone
  // outruns AWS's default account throttle (10,000 req/s), so the quota is raised as a busy account's would be.
  const base = defaultConfig();
  const config = { ...base, port: await benchPort(), dataDir, cacheClusterDelayMs: 0, quotas: { ...base.quotas, ...RAISED_ACCOUNT_THROTTLE } };
  const sandbox = await startSandbox(config, { logLevel: "warn" });
  const bare = await startBareServer();
  try {
    const deps = { store: sandbox.store, config, realism: sandbox.realism, logger: createLogger("warn"), now: Date.now };
    const stages: Record<string, StageCall> = {
      ...(await integrationStages(sandbox.url, bare.url)),
      ...(await featureStages(sandbox.url)),
      ...(await templateStages(sandbox.url)),
    };
    console.log(`handler chain alone, ${REQUESTS} requests per row, ${IN_FLIGHT} in flight; load average ${loadavg()[0]!.toFixed(2)}`);
    let id = 0;
    for (const [name, stage] of Object.entries(stages)) {
      const url = new URL(stage.url);
      const headers = { host: url.host, "user-agent": "bench", accept: "*/*", ...stage.headers };
      const body = Buffer.from(stage.body ?? "");
      const one = async () => {
        const call = { method: stage.method ?? "GET", url, headers, body, caller: callerScope(undefined), requestId: `bench-${id++}`, sourceIp: "127.0.0.1" };
        const reply = await handleExecuteApi(call, deps);
        if (reply.status >= 300) throw new Error(`${name} answered ${reply.status}`);
      };
      const run = async (total: number) => {
        let sent = 0;
        await Promise.all(Array.from({ length: IN_FLIGHT }, async () => { while (sent++ < total) await one(); }));
      };
      await run(WARM_UP);
      const before = process.cpuUsage();
      const begin = performance.now();
      await run(REQUESTS);
      const used = process.cpuUsage(before);
      console.log(`${name.padEnd(32)}${((used.user + used.system) / 1000 / REQUESTS).toFixed(4)} ms CPU/request   ${((performance.now() - begin) / REQUESTS).toFixed(4)} ms wall/request`);
    }
  } finally {
    await bare.stop();
    await sandbox.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
