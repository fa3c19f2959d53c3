import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A fresh data folder per run (so the first-admin journey always starts from nothing); workers inherit it.
// ARCHWAY_E2E_REUSE=1 runs against servers already started by hand on the same ports and ARCHWAY_E2E_DATA_DIR.
process.env.ARCHWAY_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), "archway-e2e-"));
const dataDir = process.env.ARCHWAY_E2E_DATA_DIR;
// Overridable so several checkouts on one machine can run their journeys side by side.
const consolePort = Number(process.env.ARCHWAY_E2E_CONSOLE_PORT ?? 3100);
const sandboxPort = Number(process.env.ARCHWAY_E2E_SANDBOX_PORT ?? 4567);
const reuseExistingServer = process.env.ARCHWAY_E2E_REUSE === "1";

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  // The journeys share one console and one database, and build on the first admin.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: the console renders every page on demand, and CI machines are often busy.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${consolePort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /first-admin\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "journeys", testMatch: /\.spec\.ts/, dependencies: ["setup"], use: { ...devices["Desktop Chrome"], viewport: { width: 1360, height: 860 } } },
  ],
  webServer: [
    {
      name: "sandbox",
      command: `npx tsx emulator/main.ts --port ${sandboxPort} --in-memory --log-level warn`,
      url: `http://127.0.0.1:${sandboxPort}/_archway/health`,
      reuseExistingServer,
      timeout: 60_000,
    },
    {
      name: "console",
      // `npm run test:all` builds once before the journeys and says so; alone, `npx playwright test` builds itself.
      // ARCHWAY_E2E_DEV=1 serves with `next dev` instead (quicker while writing a journey; the suite always builds).
      command: process.env.ARCHWAY_E2E_DEV
        ? `npx next dev -p ${consolePort} -H 127.0.0.1`
        : `${process.env.ARCHWAY_E2E_PREBUILT ? "" : "npx next build && "}npx next start -p ${consolePort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${consolePort}/sign-in`,
      reuseExistingServer,
      timeout: 600_000,
      stdout: "pipe",
      env: {
        ARCHWAY_DATA_DIR: dataDir,
        ARCHWAY_SANDBOX_URL: `http://127.0.0.1:${sandboxPort}`,
        // AWS environments in the journeys use the default chain against local emulators; never the real ~/.aws.
        AWS_ACCESS_KEY_ID: "test",
        AWS_SECRET_ACCESS_KEY: "test",
        AWS_CONFIG_FILE: join(dataDir, "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE: join(dataDir, "no-aws-credentials"),
      },
    },
  ],
});
