// Starts the servers the sandbox benchmarks compare: the sandbox (as `npm run sandbox` runs it) and moto's
// server, each as a child process on a free port, stopped by the caller.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

export interface BenchServer {
  readonly name: string;
  readonly url: string;
  readonly child: ChildProcess;
  /** Spawn to ready, as the caller saw it. */
  readonly startupMs: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function stopper(child: ChildProcess): () => Promise<void> {
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
}

/**
 * Starts the sandbox as `npm run sandbox` runs it (scripts/sandbox.mjs: the esbuild bundle of emulator/, rebuilt
 * first when a source is newer) and resolves when it prints its "listening" line. `checkout` is the working tree
 * to run it from: this one, or another (bench/data-plane-ab.ts runs a baseline build beside this one).
 */
export async function startSandbox(args: string[], nodeFlags: string[] = [], checkout = root): Promise<BenchServer & { reportedStartupMs: number }> {
  const begin = performance.now();
  // nodeFlags: e.g. --cpu-prof for bench/profile-data-plane.ts.
  const child = spawn(process.execPath, [...nodeFlags, join(checkout, "scripts/sandbox.mjs"), "--port", "0", "--log-level", "warn", ...args], {
    cwd: checkout,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  // Only the tail is kept: a sandbox at --log-level info writes a line per access-logged request.
  child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-10_000)));
  const line = await new Promise<RegExpExecArray>((resolveLine, reject) => {
    let stdout = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+) .*started in (\d+) ms/.exec(stdout);
      if (match) resolveLine(match);
    });
    child.once("exit", (code) => reject(new Error(`sandbox exited with ${code}: ${stderr}`)));
  });
  return { name: "sandbox", url: line[1]!, child, startupMs: performance.now() - begin, reportedStartupMs: Number(line[2]), stop: stopper(child) };
}

/** Starts `python3 -m moto.server` and resolves when it answers HTTP. */
export async function startMoto(): Promise<BenchServer> {
  const port = await freePort();
  const begin = performance.now();
  const child = spawn("python3", ["-m", "moto.server", "-p", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) throw new Error(`moto exited with ${child.exitCode}: ${stderr}`);
    try {
      await fetch(`${url}/moto-api/`);
      return { name: "moto", url, child, startupMs: performance.now() - begin, stop: stopper(child) };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`moto did not start on ${url}: ${stderr}`);
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

let msPerTick: number | undefined;

/** CPU time (user + system, all threads) a process has used so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  msPerTick ??= 1000 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  // Fields after the command name: state is 3rd, utime 14th and stime 15th of the whole line.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * msPerTick;
}

let nextBenchPort: number | undefined;

/**
 * A port for a server a bench starts: the next one of BENCH_PORTS ("4700-4799") when set, so a shared machine
 * can give each person a range, else any free port.
 */
export async function benchPort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.BENCH_PORTS ?? "");
  if (!range) return freePort();
  nextBenchPort ??= Number(range[1]);
  if (nextBenchPort > Number(range[2])) throw new Error(`BENCH_PORTS ${process.env.BENCH_PORTS} is used up`);
  return nextBenchPort++;
}
