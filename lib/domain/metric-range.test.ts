import { describe, expect, it } from "vitest";
import { describeRange, maxPointsPerChart, periodFor, resolveRange, retentionMinimumPeriod, summaryPeriodFor } from "./metric-range";

const now = Date.parse("2026-12-03T08:30:20Z");
const day = 86_400_000;

describe("resolveRange", () => {
  it("gives one-minute points for the last hour, ending at the next whole minute", () => {
    const range = resolveRange({ range: "1h" }, now);
    expect(range).toMatchObject({ key: "1h", periodSeconds: 60, end: Date.parse("2026-12-03T08:31:00Z"), start: Date.parse("2026-12-03T07:31:00Z") });
  });

  it("keeps every preset within the point budget and on a period AWS still holds", () => {
    for (const key of ["1h", "3h", "12h", "24h", "7d", "30d"]) {
      const range = resolveRange({ range: key }, now);
      expect((range.end - range.start) / 1000 / range.periodSeconds).toBeLessThanOrEqual(maxPointsPerChart + 1);
      expect(range.periodSeconds % retentionMinimumPeriod(now - range.start)).toBe(0);
      expect(range.start % (range.periodSeconds * 1000)).toBe(0);
    }
  });

  it("uses 5-minute data at least for 30 days, since 1-minute data is kept only 15 days", () => {
    expect(resolveRange({ range: "30d" }, now).periodSeconds % 300).toBe(0);
    expect(resolveRange({ range: "24h" }, now).periodSeconds).toBe(300);
    expect(resolveRange({ range: "7d" }, now).periodSeconds).toBe(3600);
  });

  it("reads a custom range from ISO times and rounds it to whole minutes", () => {
    const range = resolveRange({ range: "custom", from: "2026-12-03T08:00:30Z", to: "2026-12-03T08:10:10Z" }, now);
    expect(range).toEqual({ key: "custom", start: Date.parse("2026-12-03T08:00:00Z"), end: Date.parse("2026-12-03T08:11:00Z"), periodSeconds: 60 });
  });

  it("falls back to the last hour for an unknown or reversed range", () => {
    expect(resolveRange({ range: "2w" }, now).key).toBe("1h");
    expect(resolveRange({ range: "custom", from: "2026-12-03T08:10:00Z", to: "2026-12-03T08:00:00Z" }, now).key).toBe("1h");
  });
});

describe("periodFor", () => {
  it("needs hourly data for a range starting more than 63 days ago", () => {
    expect(periodFor(now - 70 * day, now - 69 * day, now)).toBe(3600);
  });
});

describe("summaryPeriodFor", () => {
  it("covers the whole range in one multiple of the retention minimum", () => {
    const range = resolveRange({ range: "custom", from: "2026-12-03T08:00:00Z", to: "2026-12-03T08:10:00Z" }, now);
    expect(summaryPeriodFor(range, now)).toBe(600);
    const month = resolveRange({ range: "30d" }, now);
    expect(summaryPeriodFor(month, now) % 300).toBe(0);
    expect(summaryPeriodFor(month, now) * 1000).toBeGreaterThanOrEqual(month.end - month.start);
  });
});

describe("describeRange", () => {
  it("says the range in words", () => {
    expect(describeRange(resolveRange({ range: "1h" }, now))).toBe("in the last hour");
    expect(describeRange(resolveRange({ range: "custom", from: "2026-12-03T08:00:00Z", to: "2026-12-03T08:10:00Z" }, now))).toBe("in the selected 10 minutes");
  });
});
