import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { forgetAdvisorSharedReads, sharedAdvisorRead } = await import("./advisor-shared-reads");

describe("sharedAdvisorRead", () => {
  it("shares one read per environment within the TTL, and reads again after it or after forgetting", async () => {
    let reads = 0;
    const read = async () => ++reads;
    expect(await sharedAdvisorRead("env-a", "plans", read, 1_000)).toBe(1);
    expect(await sharedAdvisorRead("env-a", "plans", read, 5_000)).toBe(1);
    expect(await sharedAdvisorRead("env-b", "plans", read, 5_000)).toBe(2);
    expect(await sharedAdvisorRead("env-a", "plans", read, 17_000)).toBe(3);
    forgetAdvisorSharedReads("env-a");
    expect(await sharedAdvisorRead("env-a", "plans", read, 17_001)).toBe(4);
    expect(await sharedAdvisorRead("env-b", "plans", read, 17_001)).toBe(2);
  });

  it("does not keep a failed read", async () => {
    await expect(sharedAdvisorRead("env-c", "alarms", () => Promise.reject(new Error("throttled")), 1_000)).rejects.toThrow("throttled");
    await Promise.resolve();
    expect(await sharedAdvisorRead("env-c", "alarms", async () => "fresh", 1_001)).toBe("fresh");
  });
});
