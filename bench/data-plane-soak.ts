// Memory of the sandbox's data plane under steady load: a MOCK, a Lambda proxy and an HTTP_PROXY stage called
// in turn at c=64 over loopback for SOAK_MINUTES (default 10), printing the sandbox's RSS every minute, then the
// requests served, errors, and RSS at the start and the end. Bounded in time and in connections; prints only.
//   npx tsx bench/data-plane-soak.ts   (SOAK_MINUTES=n, SOAK_REPORT_SECONDS=n: report interval, default 60;
//   BENCH_PORTS=4700-4799)
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { httpLoad } from "./support/autocannon-load";
import { startBareServer } from "./support/bare-node-servers";
import { rssMb, startSandbox, type BenchServer } from "./support/bench-servers";
import { RAISED_ACCOUNT_THROTTLE_ARGS, integrationStages } from "./support/data-plane-stages";

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const REPORT_SECONDS = Number(process.env.SOAK_REPORT_SECONDS ?? 60);
const CONNECTIONS = 64;

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), "archway-soak-"));
  const servers: BenchServer[] = [];
  try {
    const bare = await startBareServer();
    servers.push(bare);
    const sandbox = await startSandbox(["--data-dir", dataDir, ...RAISED_ACCOUNT_THROTTLE_ARGS]);
    servers.push(sandbox);
    const stages = Object.values(await integrationStages(sandbox.url, bare.url));
    const pid = sandbox.child.pid!;
    const rssStart = rssMb(pid);
    console.log(`soak: ${MINUTES} min at c=${CONNECTIONS} over MOCK, Lambda proxy and HTTP_PROXY in turn; RSS at start ${rssStart.toFixed(1)} MB; load average ${loadavg()[0]!.toFixed(2)}`);
    const end = performance.now() + MINUTES * 60_000;
    let served = 0;
    let errors = 0;
    for (let slice = 0; performance.now() < end; slice++) {
      const seconds = Math.max(1, Math.min(REPORT_SECONDS, Math.round((end - performance.now()) / 1000)));
      const result = await httpLoad(stages[slice % stages.length]!, CONNECTIONS, seconds, pid);
      served += result.requests;
      errors += result.errors;
      const elapsed = (MINUTES * 60_000 - (end - performance.now())) / 60_000;
      console.log(`${elapsed.toFixed(1)} min: RSS ${rssMb(pid).toFixed(1)} MB, ${served} requests served, ${errors} errors, last ${seconds} s ${result.perSecond.toFixed(0)} req/s`);
    }
    console.log(`\nrequests served: ${served}; errors: ${errors}; RSS start ${rssStart.toFixed(1)} MB, end ${rssMb(pid).toFixed(1)} MB; load average ${loadavg()[0]!.toFixed(2)}`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
