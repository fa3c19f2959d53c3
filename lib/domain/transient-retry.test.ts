import { describe, expect, it } from "vitest";
import { withTransientRetry } from "./transient-retry";

const policy = { attempts: 3, baseDelayMs: 100, maxDelayMs: 150 };
const failure = (code: string) => Object.assign(new Error(code), { code });

function flaky(failures: string[]) {
  let calls = 0;
  return {
    step: async () => {
      const code = failures[calls];
      calls += 1;
      if (code) throw failure(code);
      return "done";
    },
    calls: () => calls,
  };
}

describe("withTransientRetry", () => {
  it("retries throttling and unavailability with growing, capped waits", async () => {
    const waits: number[] = [];
    const run = flaky(["throttled", "unavailable"]);
    await expect(withTransientRetry(run.step, policy, async (ms) => void waits.push(ms), () => 1)).resolves.toBe("done");
    expect(run.calls()).toBe(3);
    expect(waits).toEqual([100, 150]);
  });

  it("gives up after the last attempt with the last error", async () => {
    const run = flaky(["throttled", "throttled", "unavailable", "throttled"]);
    await expect(withTransientRetry(run.step, policy, async () => undefined)).rejects.toMatchObject({ code: "unavailable" });
    expect(run.calls()).toBe(3);
  });

  it("does not retry a refusal", async () => {
    const run = flaky(["validation"]);
    await expect(withTransientRetry(run.step, policy, async () => undefined)).rejects.toMatchObject({ code: "validation" });
    expect(run.calls()).toBe(1);
  });
});
