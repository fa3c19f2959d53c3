import { describe, expect, it } from "vitest";
import { Store } from "../../store/store";
import { recordUsage, remainingQuota } from "./usage";
import { periodStart } from "./usage-periods";
import { tables } from "./tables";
import type { UsagePlan } from "./usage-plans";

async function scopeWithPlan(quota: UsagePlan["quota"], quotaSince?: string) {
  const store = await Store.open();
  const state = store.scope("000000000000", "us-east-1");
  store.transaction(() => state.table<UsagePlan>(tables.usagePlans).put("", "plan01", { id: "plan01", name: "p", apiStages: [], quota, quotaSince }));
  return { store, scope: { state } };
}

describe("quota periods", () => {
  it("starts days on themselves, weeks on Sunday and months on the 1st (UTC)", () => {
    expect(periodStart("2026-11-26", "DAY")).toBe("2026-11-26");
    expect(periodStart("2026-11-26", "WEEK")).toBe("2026-11-22"); // a Thursday; the Sunday before
    expect(periodStart("2026-11-22", "WEEK")).toBe("2026-11-22");
    expect(periodStart("2026-11-26", "MONTH")).toBe("2026-11-01");
  });
});

describe("recordUsage and remainingQuota", () => {
  it("counts requests per day against the plan's quota", async () => {
    const { store, scope } = await scopeWithPlan({ limit: 3, offset: 0, period: "DAY" });
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-26")).toBe(3);
    store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-26"));
    const { result } = store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-26"));
    expect(result).toEqual([2, 1]);
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-26")).toBe(1);
    expect(remainingQuota(scope, "plan01", "key2", "2026-11-26")).toBe(3);
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-27")).toBe(3);
  });

  it("carries a week's remaining quota across its days and resets on Sunday", async () => {
    const { store, scope } = await scopeWithPlan({ limit: 10, offset: 0, period: "WEEK" });
    store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-23"));
    store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-25"));
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-28")).toBe(8);
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-29")).toBe(10);
  });

  it("never goes below zero and reports no quota as undefined", async () => {
    const { store, scope } = await scopeWithPlan({ limit: 1, offset: 0, period: "DAY" });
    store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-26"));
    const { result } = store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-26"));
    expect(result).toEqual([2, 0]);
    const unlimited = await scopeWithPlan(undefined);
    expect(remainingQuota(unlimited.scope, "plan01", "key1", "2026-11-26")).toBeUndefined();
  });
});

describe("the quota offset", () => {
  it("leaves limit - offset for the initial period, counts down from there, and gives the full limit after", async () => {
    const { store, scope } = await scopeWithPlan({ limit: 5, offset: 3, period: "WEEK" }, "2026-11-26");
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-26")).toBe(2);
    const { result } = store.transaction(() => recordUsage(scope, "plan01", "key1", "2026-11-27"));
    expect(result).toEqual([1, 1]);
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-28")).toBe(1);
    expect(remainingQuota(scope, "plan01", "key1", "2026-11-29")).toBe(5);
  });
});
