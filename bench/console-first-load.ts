// First-load JS of the APIs page, in kB gzip, read from the production build as a browser loads it.
// Goal: 180 kB or less. Run: npx next build && npx tsx bench/console-first-load.ts
import { gzipSync } from "node:zlib";
import { launchBrowser, signIn, startHarness } from "./support/console-harness";

const harness = await startHarness();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await signIn(page, harness.consoleUrl);
  const scripts = new Map<string, Buffer>();
  page.on("response", async (response) => {
    const url = response.url();
    if (response.request().resourceType() === "script" && url.includes("/_next/")) {
      scripts.set(url, await response.body().catch(() => Buffer.alloc(0)));
    }
  });
  // A fresh load of the page, as a user opening a link to it.
  await page.context().clearCookies({ name: "__none__" });
  await page.goto(`${harness.consoleUrl}/env/sandbox/apis`, { waitUntil: "networkidle" });
  let raw = 0;
  let gzip = 0;
  for (const body of scripts.values()) {
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  if (process.env.BENCH_VERBOSE) {
    for (const [url, body] of scripts) console.log(`  ${(gzipSync(body, { level: 9 }).length / 1024).toFixed(1).padStart(6)} kB  ${new URL(url).pathname}`);
  }
  console.log(`APIs page first-load JS: ${(gzip / 1024).toFixed(1)} kB gzip (${(raw / 1024).toFixed(1)} kB raw) in ${scripts.size} files; goal <= 180 kB gzip`);
} finally {
  await browser.close();
  await harness.stop();
}
