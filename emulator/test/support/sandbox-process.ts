import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../../..");

export interface SandboxProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string | undefined;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `emulator/main.ts` as its own process on a free port, as a user would run it. */
export async function startSandboxProcess(options: { dataDir?: string | "temp"; args?: string[]; env?: NodeJS.ProcessEnv } = {}): Promise<SandboxProcess> {
  const dataDir = options.dataDir === "temp" ? mkdtempSync(join(tmpdir(), "archway-sandbox-")) : options.dataDir;
  const args = ["--import", "tsx", join(root, "emulator/main.ts"), "--port", "0", "--log-level", "warn"];
  args.push(...(dataDir ? ["--data-dir", dataDir] : ["--in-memory"]), ...(options.args ?? []));
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`sandbox did not start: ${stderr}`)), 20_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited with ${code}: ${stderr}`));
    });
  });
  const exited = new Promise<number | null>((resolvePromise) => child.once("exit", (code) => resolvePromise(code)));
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    child,
    stderr: () => stderr,
    stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
