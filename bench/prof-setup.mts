import { integrationStages } from "/work/wt/sandbox-perf/bench/support/data-plane-stages";
import { startBareServer } from "/work/wt/sandbox-perf/bench/support/bare-node-servers";
import autocannon from "autocannon";
const sandboxUrl = process.argv[2]!;
const bare = await startBareServer();
const stages = await integrationStages(sandboxUrl, bare.url);
for (const [name, stage] of Object.entries(stages)) {
  const r = await autocannon({ url: stage.url, connections: 16, duration: 4 });
  console.log(name, r.requests.average, r.latency.p99, r.non2xx);
}
await bare.stop();
