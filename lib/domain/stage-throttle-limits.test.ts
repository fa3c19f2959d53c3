import { describe, expect, it } from "vitest";
import { defaultAccountThrottle } from "./effective-limits";
import { throttleLimitErrors } from "./stage-throttle-limits";

describe("throttleLimitErrors", () => {
  it("accepts limits up to the account's, fractional rates and zero", () => {
    expect(throttleLimitErrors({ throttlingRateLimit: 10_000, throttlingBurstLimit: 5_000 }, defaultAccountThrottle)).toEqual({});
    expect(throttleLimitErrors({ throttlingRateLimit: 0.5, throttlingBurstLimit: 0 }, defaultAccountThrottle)).toEqual({});
  });

  it("refuses a rate or burst above the account's, naming the account limit", () => {
    expect(throttleLimitErrors({ throttlingRateLimit: 10_001, throttlingBurstLimit: 6_000 }, defaultAccountThrottle)).toEqual({
      throttlingRateLimit: ["The account allows at most 10,000 rps in this Region; a stage cannot exceed it."],
      throttlingBurstLimit: ["The account's burst is 5,000 requests in this Region; a stage cannot exceed it."],
    });
  });

  it("refuses a negative rate and a fractional burst", () => {
    const errors = throttleLimitErrors({ throttlingRateLimit: -1, throttlingBurstLimit: 2.5 }, { rateLimit: 2_500, burstLimit: 1_250 });
    expect(Object.keys(errors)).toEqual(["throttlingRateLimit", "throttlingBurstLimit"]);
    expect(errors.throttlingBurstLimit).toEqual(["Enter a whole number of requests, 0 or more."]);
  });
});
