#!/usr/bin/env node
// `npm start`: builds the console when needed, then runs the sandbox and the console together.
// Ctrl-C stops both. Flags (or environment variables):
//   --port <n>          console port (PORT, default 3000)
//   --sandbox-port <n>  sandbox port (ARCHWAY_SANDBOX_PORT, default 4566)
//   --data-dir <dir>    data folder for the console database and sandbox state (ARCHWAY_DATA_DIR, default .archway)
//   --expose            listen on all interfaces instead of loopback only
//   --dev               run the console with `next dev` instead of a production build
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync, readdirSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "sandbox-port": { type: "string" },
    "data-dir": { type: "string" },
    expose: { type: "boolean" },
    dev: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) {
  console.log(readFileSync(import.meta.filename, "utf8").split("\n").slice(1, 9).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
  process.exit(0);
}

const host = values.expose ? "0.0.0.0" : "127.0.0.1";
const consolePort = values.port ?? process.env.PORT ?? "3000";
const sandboxPort = values["sandbox-port"] ?? process.env.ARCHWAY_SANDBOX_PORT ?? "4566";
const dataDir = resolve(values["data-dir"] ?? process.env.ARCHWAY_DATA_DIR ?? join(root, ".archway"));
mkdirSync(dataDir, { recursive: true });
const nextBin = join(root, "node_modules/next/dist/bin/next");
const children = [];

function run(name, args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (line) => `${name.padEnd(7)} | ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = "";
    stream.on("data", (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop();
      for (const line of lines) process.stdout.write(prefix(line) + "\n");
    });
  }
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(prefix(`exited (${signal ?? code}); stopping everything`));
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

/** The production build is redone only when sources are newer than it. */
function buildIsStale() {
  const buildId = join(root, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  const newer = (dir) => {
    if (!existsSync(dir)) return false;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (newer(path)) return true;
      } else if (statSync(path).mtimeMs > builtAt) return true;
    }
    return false;
  };
  const files = ["package.json", "next.config.ts", "proxy.ts", "instrumentation.ts", "postcss.config.mjs"];
  return ["app", "components", "lib", "public"].some((dir) => newer(join(root, dir))) ||
    files.some((file) => existsSync(join(root, file)) && statSync(join(root, file)).mtimeMs > builtAt);
}

function build() {
  return new Promise((resolveBuild, reject) => {
    console.log("console | building the production console (first start, or sources changed) ...");
    const child = spawn(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    child.on("exit", (code) => (code === 0 ? resolveBuild() : reject(new Error(`next build failed with ${code}`))));
  });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return false;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  }, 8000);
  force.unref();
  Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((r) => child.once("exit", r))))).then(() => process.exit(code));
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
run("sandbox", ["scripts/sandbox.mjs", "--port", sandboxPort, "--host", host, "--data-dir", join(dataDir, "sandbox")]);
const consoleEnv = { ARCHWAY_DATA_DIR: dataDir, ARCHWAY_SANDBOX_URL: sandboxUrl, NEXT_TELEMETRY_DISABLED: "1" };
if (values.dev) {
  run("console", [nextBin, "dev", "-p", consolePort, "-H", host], consoleEnv);
} else {
  if (buildIsStale()) {
    try {
      await build();
    } catch (error) {
      console.error(String(error));
      stop(1);
    }
  }
  if (!stopping) run("console", [nextBin, "start", "-p", consolePort, "-H", host], consoleEnv);
}

if (!stopping && (await waitFor(`http://127.0.0.1:${consolePort}/sign-in`, 120_000)) && !stopping) {
  const tokenFile = join(dataDir, "setup-token");
  const lines = [
    "",
    `  Archway console   http://localhost:${consolePort}`,
    `  Local sandbox     ${sandboxUrl}  (aws ... --endpoint-url ${sandboxUrl})`,
    `  Data folder       ${dataDir}`,
  ];
  if (existsSync(tokenFile)) lines.push(`  First admin setup token: ${readFileSync(tokenFile, "utf8").trim()}  (open the console to create the first admin)`);
  lines.push("  Press Ctrl-C to stop both.", "");
  console.log(lines.join("\n"));
}
