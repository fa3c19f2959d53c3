import { describe, expect, it } from "vitest";
import { emptyLimitsForm, limitsFormOf, parseLimitsForm } from "./usage-plan-limits-form";

describe("parseLimitsForm", () => {
  it("reads empty fields as no throttle and no quota", () => {
    expect(parseLimitsForm(emptyLimitsForm)).toEqual({ throttle: null, quota: null, errors: {} });
  });

  it("keeps a throttle with only one limit set", () => {
    expect(parseLimitsForm({ ...emptyLimitsForm, rateLimit: "12.5" }).throttle).toEqual({ rateLimit: 12.5, burstLimit: null });
  });

  it("reads a quota with its period and offset", () => {
    expect(parseLimitsForm({ ...emptyLimitsForm, quotaEnabled: true, quotaLimit: "1000", quotaPeriod: "WEEK", quotaOffset: "10" }).quota).toEqual({ limit: 1000, offset: 10, period: "WEEK" });
  });

  it("names the field of each problem: a fractional burst, a missing quota limit, an offset above the limit", () => {
    expect(parseLimitsForm({ ...emptyLimitsForm, burstLimit: "2.5" }).errors).toHaveProperty("throttle.burstLimit");
    expect(parseLimitsForm({ ...emptyLimitsForm, quotaEnabled: true }).errors).toHaveProperty("quota.limit");
    expect(parseLimitsForm({ ...emptyLimitsForm, quotaEnabled: true, quotaLimit: "5", quotaOffset: "6" }).errors).toHaveProperty("quota.offset");
    expect(parseLimitsForm({ ...emptyLimitsForm, rateLimit: "-1" }).errors).toHaveProperty("throttle.rateLimit");
  });

  it("round-trips a plan's limits through the form", () => {
    const plan = { throttle: { rateLimit: 100, burstLimit: null }, quota: { limit: 5000, offset: 0, period: "DAY" as const } };
    const { errors, ...limits } = parseLimitsForm(limitsFormOf(plan));
    expect(errors).toEqual({});
    expect(limits).toEqual(plan);
  });
});
