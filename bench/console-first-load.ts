// First-load JS of the APIs page and of the dashboards (recharts must load only there), in kB gzip, read from the
// production build as a browser loads it; then the time from navigation to painted charts on the overview dashboard
// with 50 ms injected per sandbox call.
// Goals: APIs page 180 kB or less; dashboards 220 kB or less. Run: npx next build && npx tsx bench/console-first-load.ts
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright";
import { launchBrowser, signIn, startHarness } from "./support/console-harness";

/** Loads a page fresh and sums the gzip size of the console's scripts it fetched. */
async function firstLoadJs(page: Page, url: string): Promise<{ gzip: number; raw: number; files: number }> {
  const scripts = new Map<string, Buffer>();
  const collect = async (response: import("playwright").Response) => {
    const href = response.url();
    if (response.request().resourceType() === "script" && href.includes("/_next/")) scripts.set(href, await response.body().catch(() => Buffer.alloc(0)));
  };
  page.on("response", collect);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", collect);
  let raw = 0;
  let gzip = 0;
  for (const [href, body] of scripts) {
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    if (process.env.BENCH_VERBOSE) console.log(`  ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} kB  ${new URL(href).pathname}`);
  }
  return { gzip, raw, files: scripts.size };
}

const report = (label: string, goal: number, { gzip, raw, files }: { gzip: number; raw: number; files: number }) =>
  console.log(`${label} first-load JS: ${(gzip / 1024).toFixed(1)} kB gzip (${(raw / 1024).toFixed(1)} kB raw) in ${files} files; goal <= ${goal} kB gzip`);

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
  report("APIs page", 180, await firstLoadJs(page, `${harness.consoleUrl}/env/sandbox/apis`));
  report("Dashboards page", 220, await firstLoadJs(await browser.newPage({ storageState: await page.context().storageState() }), `${harness.consoleUrl}/env/sandbox/dashboards`));

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
