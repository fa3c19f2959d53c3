import { describe, expect, it } from "vitest";
import { ThrottleBuckets, accountThrottle, stageThrottle } from "./throttle-limits";
import { effectiveMethodSetting } from "./method-setting-lookup";
import { applyQuotaOverrides, defaultQuotas } from "../realism/service-quotas";

const account = accountThrottle(defaultQuotas());

describe("accountThrottle", () => {
  it("is AWS's 10,000 rps with a 5,000 burst unless the quota is raised", () => {
    expect(account).toEqual({ rate: 10_000, burst: 5_000 });
    const raised = applyQuotaOverrides(defaultQuotas(), { accountThrottleRateLimit: "50000", accountThrottleBurstLimit: "20000" });
    expect(typeof raised === "string" ? raised : accountThrottle(raised)).toEqual({ rate: 50_000, burst: 20_000 });
  });
});

describe("stageThrottle", () => {
  it("uses the method's own limits over the stage defaults", () => {
    const settings = { "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 200 }, "~1pets/GET": { throttlingRateLimit: 1, throttlingBurstLimit: 2 } };
    expect(stageThrottle(effectiveMethodSetting(settings, "/pets", "GET"), account)).toEqual({ rate: 1, burst: 2 });
    expect(stageThrottle(effectiveMethodSetting(settings, "/pets", "POST"), account)).toEqual({ rate: 100, burst: 200 });
  });

  it("takes what a setting leaves out from the account's limit", () => {
    const settings = { "*/*": { throttlingRateLimit: 100 } };
    expect(stageThrottle(effectiveMethodSetting(settings, "/", "GET"), { rate: 7, burst: 9 })).toEqual({ rate: 100, burst: 9 });
  });

  it("sets no stage limit when no setting names one", () => {
    expect(stageThrottle(effectiveMethodSetting({}, "/", "GET"), account)).toBeUndefined();
  });
});

describe("ThrottleBuckets", () => {
  it("lets a burst through, refuses the next request, and refills at the rate", () => {
    const buckets = new ThrottleBuckets();
    const limit = { rate: 1, burst: 2 };
    expect(buckets.take("k", limit, 0)).toBe(true);
    expect(buckets.take("k", limit, 0)).toBe(true);
    expect(buckets.take("k", limit, 0)).toBe(false);
    expect(buckets.take("k", limit, 1_000)).toBe(true);
  });

  it("starts a new bucket when the limits change", () => {
    const buckets = new ThrottleBuckets();
    expect(buckets.take("k", { rate: 1, burst: 1 }, 0)).toBe(true);
    expect(buckets.take("k", { rate: 1, burst: 1 }, 0)).toBe(false);
    expect(buckets.take("k", { rate: 5, burst: 5 }, 0)).toBe(true);
  });

  it("blocks everything at a limit of zero", () => {
    expect(new ThrottleBuckets().take("k", { rate: 0, burst: 0 }, 0)).toBe(false);
  });
});
