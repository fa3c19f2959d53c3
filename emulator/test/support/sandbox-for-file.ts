import { afterAll, beforeAll } from "vitest";
import { startSandboxProcess, type SandboxProcess } from "./sandbox-process";

/**
 * Starts one sandbox process for the test file (beforeAll) and stops it afterwards (afterAll). Called inside a
 * describe block, it gives that block a sandbox of its own, e.g. one with no other test's resources in it.
 * The returned handle reads through to that process, so it can be captured at module level
 * and used inside tests as `sandbox.url`, `sandbox.port`, and so on.
 */
export function sandboxForFile(options: Parameters<typeof startSandboxProcess>[0] = {}): SandboxProcess {
  let started: SandboxProcess | undefined;
  beforeAll(async () => {
    started = await startSandboxProcess(options);
  });
  afterAll(async () => {
    await started?.stop();
  });
  const current = (): SandboxProcess => {
    if (!started) throw new Error("the sandbox is not running: use it inside a test or hook, not while the file is collected");
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get port() {
      return current().port;
    },
    get dataDir() {
      return current().dataDir;
    },
    get child() {
      return current().child;
    },
    stderr: () => current().stderr(),
    stop: (signal) => current().stop(signal),
  };
}
