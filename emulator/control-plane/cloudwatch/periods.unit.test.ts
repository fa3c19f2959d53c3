import { describe, expect, it } from "vitest";
import { alignStart, datapointsRequested, finestResolutionAt, isValidPeriod, periodServesStart, slotStarts } from "./periods";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 10, 26, 12, 0, 0);

describe("periods", () => {
  it("accepts 1, 5, 10, 20, 30 and multiples of 60 only", () => {
    expect([1, 5, 10, 20, 30, 60, 120, 3600].every(isValidPeriod)).toBe(true);
    expect([0, 2, 7, 15, 45, 90, 61, 1.5, -60].some(isValidPeriod)).toBe(false);
  });

  it("keeps finer data for less time, as AWS retention does", () => {
    expect(finestResolutionAt(2 * HOUR)).toBe(1);
    expect(finestResolutionAt(4 * HOUR)).toBe(60);
    expect(finestResolutionAt(20 * DAY)).toBe(300);
    expect(finestResolutionAt(100 * DAY)).toBe(3600);
    expect(finestResolutionAt(456 * DAY)).toBeUndefined();
  });

  it("serves a period only if it is a multiple of what is kept at the start time's age", () => {
    expect(periodServesStart(10, now - HOUR, now)).toBe(true);
    expect(periodServesStart(10, now - 4 * HOUR, now)).toBe(false);
    expect(periodServesStart(60, now - 10 * DAY, now)).toBe(true);
    expect(periodServesStart(60, now - 20 * DAY, now)).toBe(false);
    expect(periodServesStart(600, now - 20 * DAY, now)).toBe(true);
    expect(periodServesStart(300, now - 70 * DAY, now)).toBe(false);
    expect(periodServesStart(3600, now - 70 * DAY, now)).toBe(true);
  });

  it("rounds StartTime down to the second, minute, five minutes or hour by period and age", () => {
    const start = Date.UTC(2026, 10, 26, 11, 7, 31, 500);
    expect(alignStart(start, 10, now)).toBe(Date.UTC(2026, 10, 26, 11, 7, 31));
    expect(alignStart(start, 60, now)).toBe(Date.UTC(2026, 10, 26, 11, 7));
    const older = start - 20 * DAY;
    expect(alignStart(older, 300, now)).toBe(Date.UTC(2026, 10, 6, 11, 5));
    expect(alignStart(start - 70 * DAY, 3600, now)).toBe(Date.UTC(2026, 8, 17, 11, 0));
  });

  it("lists period slots up to but excluding EndTime and counts requested datapoints", () => {
    expect(slotStarts(0, 180_000, 60)).toEqual([0, 60_000, 120_000]);
    expect(slotStarts(0, 180_001, 60)).toHaveLength(4);
    expect(datapointsRequested(0, DAY, 60)).toBe(1440);
    expect(datapointsRequested(0, DAY + 1, 60)).toBe(1441);
  });
});
