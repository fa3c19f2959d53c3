import { describe, expect, it } from "vitest";
import { periodLimit, periodStart } from "./usage-periods";

describe("periodStart", () => {
  it("finds the Sunday of a week across a month and a year boundary", () => {
    expect(periodStart("2026-12-01", "WEEK")).toBe("2026-11-29");
    expect(periodStart("2027-01-02", "WEEK")).toBe("2026-12-27");
  });

  it("finds the 1st of the month on the month's last day, including 29 February", () => {
    expect(periodStart("2028-02-29", "MONTH")).toBe("2028-02-01");
    expect(periodStart("2026-12-31", "MONTH")).toBe("2026-12-01");
  });

  it("refuses a day that is not a real yyyy-MM-dd date", () => {
    expect(() => periodStart("2026-02-30", "DAY")).toThrow("not a yyyy-MM-dd day: 2026-02-30");
  });
});

describe("periodLimit", () => {
  const quota = (period: "DAY" | "WEEK" | "MONTH", offset: number) => ({ limit: 100, offset, period });

  it("takes the offset off the limit in the day the quota was set, and not the next day", () => {
    expect(periodLimit(quota("DAY", 30), "2026-11-26", "2026-11-26")).toBe(70);
    expect(periodLimit(quota("DAY", 30), "2026-11-27", "2026-11-26")).toBe(100);
  });

  it("applies the offset to every day of the initial week, Sunday to Saturday", () => {
    // Set on Thursday 26 November 2026: the week runs from Sunday the 22nd to Saturday the 28th.
    expect(periodLimit(quota("WEEK", 40), "2026-11-22", "2026-11-26")).toBe(60);
    expect(periodLimit(quota("WEEK", 40), "2026-11-28", "2026-11-26")).toBe(60);
    expect(periodLimit(quota("WEEK", 40), "2026-11-29", "2026-11-26")).toBe(100);
  });

  it("applies the offset to the whole initial month only", () => {
    expect(periodLimit(quota("MONTH", 99), "2026-11-30", "2026-11-26")).toBe(1);
    expect(periodLimit(quota("MONTH", 99), "2026-12-01", "2026-11-26")).toBe(100);
  });

  it("answers the full limit when the plan has no recorded start or no offset", () => {
    expect(periodLimit(quota("DAY", 30), "2026-11-26", undefined)).toBe(100);
    expect(periodLimit(quota("MONTH", 0), "2026-11-26", "2026-11-26")).toBe(100);
  });
});
