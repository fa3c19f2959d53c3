// GetMetricData calls and metrics requested for one environment overview with 20 APIs x 3 stages (goal: one call per
// 500 queries), and the time of that read with 0 and 50 ms injected per sandbox call.
// Run: npx tsx --conditions=react-server bench/dashboard-reads.ts   (react-server lets lib/ modules marked server-only load)
import { performance } from "node:perf_hooks";
import { APIGatewayClient, CreateDeploymentCommand, CreateRestApiCommand, PutIntegrationCommand, PutMethodCommand } from "@aws-sdk/client-api-gateway";
import { readOverviewDashboard } from "@/lib/dashboards/dashboard-reads";
import { resolveRange } from "@/lib/domain/metric-range";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { startSandbox } from "./support/bench-servers";

const apis = 20;
const stages = ["dev", "test", "prod"];
const sandbox = await startSandbox(["--in-memory"]);
try {
  const client = new APIGatewayClient({ endpoint: sandbox.url, region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });
  for (let i = 0; i < apis; i += 1) {
    const api = await client.send(new CreateRestApiCommand({ name: `bench-api-${i}` }));
    const ids = { restApiId: api.id!, resourceId: api.rootResourceId!, httpMethod: "GET" };
    await client.send(new PutMethodCommand({ ...ids, authorizationType: "NONE" }));
    await client.send(new PutIntegrationCommand({ ...ids, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }));
    for (const stageName of stages) {
      await client.send(new CreateDeploymentCommand({ restApiId: api.id!, stageName }));
      await fetch(`${sandbox.url}/_aws/execute-api/${api.id}/${stageName}/`).then((response) => response.arrayBuffer());
    }
  }
  const env: EnvironmentSummary = { id: "bench", name: "Bench", kind: "sandbox", region: "us-east-1", credentialsSource: "static", endpointUrl: sandbox.url, protected: false };
  for (const latencyMs of [0, 50]) {
    await fetch(`${sandbox.url}/_archway/realism`, { method: "PUT", body: JSON.stringify({ latencyMs }) });
    const times: number[] = [];
    let cost = { calls: 0, metricsRequested: 0 };
    let requests: number | null = null;
    for (let round = 0; round < 5; round += 1) {
      const now = Date.now();
      const begin = performance.now();
      const data = await readOverviewDashboard(env, resolveRange({ range: "1h" }, now), now);
      times.push(performance.now() - begin);
      cost = data.cost;
      requests = data.totals.requests;
    }
    times.sort((a, b) => a - b);
    console.log(
      `Overview of ${apis} APIs x ${stages.length} stages (${requests} requests), ${latencyMs} ms injected per sandbox call: ` +
        `${cost.calls} GetMetricData call(s), ${cost.metricsRequested} metrics requested, read in ${times[2]!.toFixed(0)} ms (median of 5; ` +
        `plus ListMetrics and GetRestApis)`,
    );
  }
} finally {
  await sandbox.stop();
}
