#!/usr/bin/env node
// `npm run test:all`: the whole suite, as CI runs it. Installs what the tests need (Debian's chromium when
// missing), starts a throwaway PostgreSQL 15 on a loopback port when TEST_DATABASE_URL is not given, then runs
// lint, type-check, unit + sandbox + database tests (vitest) and the Playwright journeys, and ends with one line:
// "N passed, N failed, N skipped" summed over every runner.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, chownSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer } from "node:net";

const root = resolve(import.meta.dirname, "..");
const results = { passed: 0, failed: 0, skipped: 0 };
const cleanups = [];
const log = (message) => console.log(`\n=== ${message}`);

function sh(command, args, options = {}) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
    child.on("exit", (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  log("installing Debian's chromium for the Playwright journeys");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args) => spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "chromium"]);
}

function freePort() {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A throwaway PostgreSQL 15 from the machine's packages, on loopback, removed at the end. */
async function startPostgres() {
  const bin = "/usr/lib/postgresql/15/bin";
  if (!existsSync(`${bin}/initdb`)) {
    console.log("PostgreSQL 15 is not installed here; the PostgreSQL database tests will be skipped.");
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), "archway-pg-"));
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(spawnSync("id", ["-u", "postgres"]).stdout), Number(spawnSync("id", ["-g", "postgres"]).stdout));
  const as = (args) => (asRoot ? ["su", ["postgres", "-c", args.map((a) => `'${a}'`).join(" ")]] : [args[0], args.slice(1)]);
  const run = (args) => spawnSync(...as(args), { stdio: ["ignore", "ignore", "inherit"] }).status;
  if (run([`${bin}/initdb`, "-D", `${dir}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8"]) !== 0) throw new Error("initdb failed");
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  if (run([`${bin}/pg_ctl`, "-D", `${dir}/data`, "-o", options, "-l", `${dir}/log`, "-w", "start"]) !== 0) {
    throw new Error(`PostgreSQL did not start: ${existsSync(`${dir}/log`) ? readFileSync(`${dir}/log`, "utf8") : ""}`);
  }
  cleanups.push(() => {
    run([`${bin}/pg_ctl`, "-D", `${dir}/data`, "-m", "immediate", "stop"]);
    rmSync(dir, { recursive: true, force: true });
  });
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

async function check(name, command, args, env) {
  log(name);
  const code = await sh(command, args, { env });
  if (code === 0) results.passed += 1;
  else results.failed += 1;
  console.log(`--- ${name}: ${code === 0 ? "passed" : "FAILED"}`);
}

async function vitest(env) {
  log("vitest: unit, sandbox and database tests");
  const out = join(mkdtempSync(join(tmpdir(), "archway-vitest-")), "report.json");
  const code = await sh(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { env });
  if (!existsSync(out)) {
    results.failed += 1;
    console.log(`--- vitest produced no report (exit ${code})`);
    return;
  }
  const report = JSON.parse(readFileSync(out, "utf8"));
  results.passed += report.numPassedTests;
  results.failed += report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  results.skipped += report.numPendingTests + report.numTodoTests;
  console.log(`--- vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
}

async function playwright(env) {
  log("building the console for the Playwright journeys");
  if ((await sh(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env })) !== 0) {
    results.failed += 1;
    console.log("--- next build FAILED; journeys not run");
    return;
  }
  log("Playwright journeys");
  const out = join(mkdtempSync(join(tmpdir(), "archway-pw-")), "report.json");
  const code = await sh(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"], {
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out, ARCHWAY_E2E_PREBUILT: "1" },
  });
  if (!existsSync(out)) {
    results.failed += 1;
    console.log(`--- playwright produced no report (exit ${code})`);
    return;
  }
  const { stats } = JSON.parse(readFileSync(out, "utf8"));
  results.passed += stats.expected + stats.flaky;
  results.failed += stats.unexpected + (code !== 0 && stats.unexpected === 0 ? 1 : 0);
  results.skipped += stats.skipped;
}

async function main() {
  ensureChromium();
  const env = { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1", NEXT_TELEMETRY_DISABLED: "1" };
  if (!process.env.TEST_DATABASE_URL) {
    const url = await startPostgres();
    if (url) env.TEST_DATABASE_URL = url;
  }
  await check("lint (eslint)", process.execPath, ["node_modules/eslint/bin/eslint.js", "."], env);
  await check("type-check (next typegen && tsc --noEmit)", "sh", ["-c", "node node_modules/next/dist/bin/next typegen && node node_modules/typescript/bin/tsc --noEmit"], env);
  await vitest(env);
  await playwright(env);
}

try {
  await main();
} catch (error) {
  console.error(error);
  results.failed += 1;
} finally {
  for (const cleanup of cleanups.reverse()) {
    try {
      cleanup();
    } catch (error) {
      console.error(`cleanup failed: ${error}`);
    }
  }
}
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);
