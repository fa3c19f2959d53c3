// Starts a sandbox and the production console on free ports with a fresh data folder and a bootstrapped admin,
// for the console benchmarks. Requires a production build (`npx next build`).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer } from "node:net";
import { createServer as createHttpServer, request as httpRequest } from "node:http";
import { chromium, type Browser, type Page } from "@playwright/test";

export const root = resolve(import.meta.dirname, "../..");
export const admin = { email: "bench@archway.local", password: "bench-password-123" };

export function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

export interface Harness {
  sandboxUrl: string;
  consoleUrl: string;
  stop(): Promise<void>;
}

/** `consoleSandboxUrl` lets a benchmark put a proxy between the console and the sandbox. */
export async function startHarness(options: { consoleSandboxUrl?: (sandboxUrl: string) => Promise<string> } = {}): Promise<Harness> {
  const children: ChildProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), "archway-bench-"));
  const sandboxPort = await freePort();
  const consolePort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  children.push(spawn(process.execPath, ["--import", "tsx", "emulator/main.ts", "--port", String(sandboxPort), "--in-memory", "--log-level", "warn"], { cwd: root, stdio: "ignore" }));
  await waitFor(`${sandboxUrl}/_archway/health`);
  const consoleSandboxUrl = options.consoleSandboxUrl ? await options.consoleSandboxUrl(sandboxUrl) : sandboxUrl;
  children.push(
    spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(consolePort), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: "ignore",
      env: {
        ...process.env,
        ARCHWAY_DATA_DIR: dataDir,
        ARCHWAY_SANDBOX_URL: consoleSandboxUrl,
        ARCHWAY_ADMIN_EMAIL: admin.email,
        ARCHWAY_ADMIN_PASSWORD: admin.password,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    }),
  );
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  await waitFor(`${consoleUrl}/sign-in`, 120_000);
  return {
    sandboxUrl,
    consoleUrl,
    async stop() {
      for (const child of children) child.kill("SIGTERM");
      await Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((r) => child.once("exit", r)))));
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export async function signIn(page: Page, consoleUrl: string): Promise<void> {
  await page.goto(`${consoleUrl}/sign-in`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

/** A proxy between the console and the sandbox that records each AWS call (method and path) while `counter.counting` is set. */
export async function startCountingProxy(target: string, counter: { calls: string[]; counting: boolean }): Promise<string> {
  const port = await freePort();
  const upstream = new URL(target);
  const server = createHttpServer((req, res) => {
    if (counter.counting && !req.url?.startsWith("/_archway/")) counter.calls.push(`${req.method} ${req.url?.split("?")[0]}`);
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (reply) => {
      res.writeHead(reply.statusCode ?? 502, reply.headers);
      reply.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  server.unref();
  return `http://127.0.0.1:${port}`;
}
