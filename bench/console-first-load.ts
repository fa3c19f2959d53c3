// First-load JS of the APIs page and of an API's resources designer, in kB gzip, read from the production build
// as a browser loads each page afresh. Goals: APIs page 180 kB or less; resources designer and dashboards 220 kB or less.
// Run: npx next build && npx tsx bench/console-first-load.ts
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { launchBrowser, signIn, startHarness } from "./support/console-harness";
import { seedResourceTree } from "./support/seed-resource-tree";

/** Loads one page in a fresh signed-in browser context and sums the console's scripts it fetched. */
async function firstLoad(browser: Browser, consoleUrl: string, path: string): Promise<{ raw: number; gzip: number; files: Map<string, Buffer> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, consoleUrl);
  // A fresh context after sign-in: nothing the sign-in page loaded is reused from memory.
  const state = await context.storageState();
  await context.close();
  const fresh = await browser.newContext({ storageState: state });
  const freshPage = await fresh.newPage();
  const files = new Map<string, Buffer>();
  const reads: Promise<void>[] = [];
  freshPage.on("response", (response) => {
    const url = response.url();
    if (response.request().resourceType() !== "script" || !url.includes("/_next/")) return;
    reads.push(response.body().then((body) => void files.set(url, body)).catch(() => undefined));
  });
  // Generous: on a busy machine the first render of a page can take a while. Not "networkidle": the designer's
  // method links prefetch routes another part of the console serves, which keeps the network from settling.
  await freshPage.goto(`${consoleUrl}${path}`, { waitUntil: "load", timeout: 120_000 });
  await freshPage.waitForTimeout(3_000);
  // Every body is read before the context closes, or it would be lost.
  await Promise.all(reads);
  await fresh.close();
  let raw = 0;
  let gzip = 0;
  for (const body of files.values()) {
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

const harness = await startHarness();
const { apiId } = await seedResourceTree(harness.sandboxUrl, "bench-first-load", 20, 2);
const browser = await launchBrowser();
try {
  const pages = [
    { label: "APIs page", path: "/env/sandbox/apis", goal: 180 },
    { label: "Resources designer", path: `/env/sandbox/apis/${apiId}/resources`, goal: 220 },
    // recharts must load only on the dashboards.
    { label: "Dashboards page", path: "/env/sandbox/dashboards", goal: 220 },
  ];
  for (const { label, path, goal } of pages) {
    const { raw, gzip, files } = await firstLoad(browser, harness.consoleUrl, path);
    if (process.env.BENCH_VERBOSE) {
      for (const [url, body] of files) console.log(`  ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} kB  ${new URL(url).pathname}`);
    }
    console.log(`${label} first-load JS: ${(gzip / 1024).toFixed(1)} kB gzip (${(raw / 1024).toFixed(1)} kB raw) in ${files.size} files; goal <= ${goal} kB gzip`);
  }
} finally {
  await browser.close();
  await harness.stop();
}
