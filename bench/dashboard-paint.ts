// The time from navigation to painted charts on the overview dashboard, with 50 ms injected per sandbox call.
// Run: npx next build && npx tsx bench/dashboard-paint.ts
import { performance } from "node:perf_hooks";
import { launchBrowser, signIn, startHarness } from "./support/console-harness";

const harness = await startHarness();
const browser = await launchBrowser();
try {
  // Some traffic, so the dashboard draws charts rather than its empty state.
  const api = (await (await fetch(`${harness.sandboxUrl}/restapis`, { method: "POST", body: JSON.stringify({ name: "bench" }), headers: { "content-type": "application/json", authorization: "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request" } })).json()) as { id: string; rootResourceId: string };
  const methodPath = `${harness.sandboxUrl}/restapis/${api.id}/resources/${api.rootResourceId}/methods/GET`;
  const json = { "content-type": "application/json", authorization: "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/apigateway/aws4_request" };
  await fetch(methodPath, { method: "PUT", headers: json, body: JSON.stringify({ authorizationType: "NONE" }) });
  await fetch(`${methodPath}/integration`, { method: "PUT", headers: json, body: JSON.stringify({ type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } }) });
  await fetch(`${harness.sandboxUrl}/restapis/${api.id}/deployments`, { method: "POST", headers: json, body: JSON.stringify({ stageName: "prod" }) });
  for (let i = 0; i < 20; i += 1) await fetch(`${harness.sandboxUrl}/_aws/execute-api/${api.id}/prod/`).then((r) => r.arrayBuffer());

  const page = await browser.newPage();
  await signIn(page, harness.consoleUrl);

  await fetch(`${harness.sandboxUrl}/_archway/realism`, { method: "PUT", body: JSON.stringify({ latencyMs: 50 }) });
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const begin = performance.now();
    await page.goto(`${harness.consoleUrl}/env/sandbox/dashboards?range=3h`);
    await page.locator(".recharts-line-curve").first().waitFor();
    times.push(performance.now() - begin);
  }
  times.sort((a, b) => a - b);
  console.log(`Navigation to painted charts on the overview dashboard, 50 ms injected per sandbox call: ${times[2]!.toFixed(0)} ms (median of 5)`);
} finally {
  await browser.close();
  await harness.stop();
}
