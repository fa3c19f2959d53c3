import { describe, expect, it } from "vitest";
import { daysBetween, defaultUsageRange, usageChartRows, usageRangeFrom, usageReportView } from "./usage-report";

const now = new Date("2026-12-03T11:30:00Z");

describe("usage ranges", () => {
  it("defaults to the last 7 days, today included, in UTC", () => {
    expect(defaultUsageRange(now)).toEqual({ from: "2026-11-27", to: "2026-12-03" });
  });

  it("takes a valid range from the URL", () => {
    expect(usageRangeFrom({ from: "2026-11-01", to: "2026-11-30" }, now)).toEqual({ from: "2026-11-01", to: "2026-11-30" });
  });

  it("falls back to the default for malformed, impossible, reversed or over-long ranges", () => {
    for (const params of [{ from: "yesterday", to: "2026-12-01" }, { from: "2026-02-30", to: "2026-03-01" }, { from: "2026-12-02", to: "2026-12-01" }, { from: "2025-01-01", to: "2026-12-01" }, {}]) {
      expect(usageRangeFrom(params, now)).toEqual(defaultUsageRange(now));
    }
  });

  it("lists every day across a month end", () => {
    expect(daysBetween("2026-11-29", "2026-12-02")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
  });
});

describe("usageReportView", () => {
  const raw = { startDate: "2026-12-01", endDate: "2026-12-03", items: { k1: [[2, 98], [0, 98], [5, 93]] as Array<[number, number]>, k2: [[10, 90], [1, 89], [0, 89]] as Array<[number, number]> } };
  const names = new Map([["k1", "alice"], ["k2", "bob"], ["k3", "carol"]]);

  it("totals each key, puts the busiest first and reads the remaining quota from the last day", () => {
    const view = usageReportView(raw, names, true);
    expect(view.days).toEqual(["2026-12-01", "2026-12-02", "2026-12-03"]);
    expect(view.keys.map((key) => [key.keyName, key.total, key.remaining])).toEqual([["bob", 11, 89], ["alice", 7, 93], ["carol", 0, null]]);
    expect(view.total).toBe(18);
  });

  it("shows no remaining figure for a plan without a quota", () => {
    expect(usageReportView(raw, names, false).keys.every((key) => key.remaining === null)).toBe(true);
  });

  it("makes one chart row per day with each key's requests", () => {
    expect(usageChartRows(usageReportView(raw, names, true))[2]).toEqual({ day: "12-03", k2: 0, k1: 5, k3: 0 });
  });
});
