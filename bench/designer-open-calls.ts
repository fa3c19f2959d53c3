// Opening the resources designer of a 300-resource, 900-method API with 50 ms of latency injected on every
// sandbox call: the AWS calls the console makes and the time to a painted tree.
// Goal: one paginated GetResources(embed=methods) pass, nothing per resource, under 1 s.
// A counting proxy sits between the console and the sandbox. Run: npx next build && npx tsx bench/designer-open-calls.ts
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { launchBrowser, signIn, startCountingProxy, startHarness } from "./support/console-harness";
import { seedResourceTree, setSandboxLatency } from "./support/seed-resource-tree";

const RESOURCES = 300;
const METHODS_PER_RESOURCE = 3;
const LATENCY_MS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const proxy = { calls: [] as string[], counting: false };
const harness = await startHarness({ consoleSandboxUrl: (target) => startCountingProxy(target, proxy) });
const { apiId } = await seedResourceTree(harness.sandboxUrl, "bench-designer", RESOURCES, METHODS_PER_RESOURCE);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await signIn(page, harness.consoleUrl);
  const url = `${harness.consoleUrl}/env/sandbox/apis/${apiId}/resources`;
  // One unmeasured visit, so the figures are of a warm server (compiled routes, open connections).
  await page.goto(url);
  await setSandboxLatency(harness.sandboxUrl, LATENCY_MS);
  const times: number[] = [];
  const committed: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    proxy.calls.length = 0;
    proxy.counting = true;
    const begin = performance.now();
    await page.goto(url, { waitUntil: "commit" });
    committed.push(performance.now() - begin);
    await page.getByRole("treeitem", { name: "/group-00", exact: true }).waitFor();
    await page.getByText(`${RESOURCES} resources · ${RESOURCES * METHODS_PER_RESOURCE} methods`).waitFor();
    times.push(performance.now() - begin);
    proxy.counting = false;
  }
  await setSandboxLatency(harness.sandboxUrl, 0);
  const byOperation = new Map<string, number>();
  for (const call of proxy.calls) byOperation.set(call, (byOperation.get(call) ?? 0) + 1);
  times.sort((a, b) => a - b);
  committed.sort((a, b) => a - b);
  console.log(`Opening the designer of ${RESOURCES} resources / ${RESOURCES * METHODS_PER_RESOURCE} methods with ${LATENCY_MS} ms injected per sandbox call:`);
  console.log(`  AWS calls (last run): ${proxy.calls.length}`);
  for (const [operation, count] of byOperation) console.log(`    ${count} x ${operation}`);
  console.log(`  navigation start to painted tree: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms (${RUNS} runs)`);
  console.log(`  of which the server's response began after: median ${committed[Math.floor(committed.length / 2)]!.toFixed(0)} ms`);
  console.log(`  (machine load, 1-minute average: ${loadavg()[0]!.toFixed(2)} on ${cpus().length} CPUs)`);
  console.log("  goal: 1 GetResources(embed=methods) page per 500 resources, nothing per resource; under 1000 ms");
} finally {
  await browser.close();
  await harness.stop();
}
