import { describe, expect, it } from "vitest";
import { billingPeriods, daysInMonth, forecastMonth, sumBetween, type DailyCount } from "./cost-period";

const day = (iso: string, count: number): DailyCount => ({ day: Date.parse(`${iso}T00:00:00Z`), count });

describe("billing periods", () => {
  it("runs from the first of the month (UTC) on the first day, and last month is the previous calendar month", () => {
    const periods = billingPeriods(new Date("2026-03-01T05:00:00Z"));
    expect(periods.monthStart.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(periods.monthEnd.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(periods.lastMonthStart.toISOString()).toBe("2026-02-01T00:00:00.000Z");
  });

  it("crosses the year in January", () => {
    expect(billingPeriods(new Date("2027-01-15T00:00:00Z")).lastMonthStart.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("knows a leap February has 29 days and a common one 28", () => {
    expect(daysInMonth(new Date("2028-02-10T00:00:00Z"))).toBe(29);
    expect(daysInMonth(new Date("2027-02-10T00:00:00Z"))).toBe(28);
  });

  it("sums only the days inside the range", () => {
    const days = [day("2026-02-28", 5), day("2026-03-01", 7), day("2026-03-02", 11)];
    expect(sumBetween(days, new Date("2026-03-01T00:00:00Z"), new Date("2026-04-01T00:00:00Z"))).toBe(18);
  });
});

describe("month-end forecast", () => {
  it("on the last day adds the recent daily rate for the hours left", () => {
    // 30 complete days of 1,000 in April, April 30 at 12:00 with 500 so far: rate 1,000/day, half a day left.
    const days = Array.from({ length: 30 }, (_, index) => day(`2026-04-${String(index + 1).padStart(2, "0")}`, index === 29 ? 500 : 1000));
    const forecast = forecastMonth(days, new Date("2026-04-30T12:00:00Z"));
    expect(forecast.monthToDate).toBe(29_500);
    expect(forecast.dailyRate).toBe(1000);
    expect(forecast.forecast).toBe(30_000);
    expect(forecast.method).toContain("last 7 complete days");
  });

  it("on the first day of a month uses last month's final week for the rate", () => {
    const days = [...Array.from({ length: 7 }, (_, index) => day(`2026-02-${22 + index}`, 2000)), day("2026-03-01", 100)];
    const forecast = forecastMonth(days, new Date("2026-03-01T06:00:00Z"));
    expect(forecast.monthToDate).toBe(100);
    // 31 days minus 6 hours left = 30.75 days x 2,000
    expect(forecast.forecast).toBe(100 + 2000 * 30.75);
  });

  it("in a leap February forecasts over 29 days", () => {
    const days = Array.from({ length: 28 }, (_, index) => day(`2028-02-${String(index + 1).padStart(2, "0")}`, 100));
    const forecast = forecastMonth(days, new Date("2028-02-29T00:00:00Z"));
    expect(forecast.monthToDate).toBe(2800);
    expect(forecast.forecast).toBe(2900);
  });

  it("before any complete day of traffic scales today's requests to a whole day, and says so", () => {
    const forecast = forecastMonth([day("2026-06-10", 60)], new Date("2026-06-10T06:00:00Z"));
    // 60 requests in 6 hours = 240 a day; 20.75 days left
    expect(forecast.dailyRate).toBe(240);
    expect(forecast.forecast).toBe(60 + 240 * 20.75);
    expect(forecast.method).toContain("no complete day of traffic yet");
  });

  it("averages over the days since traffic began when that is under a week", () => {
    const days = [day("2026-06-08", 300), day("2026-06-09", 500)];
    const forecast = forecastMonth(days, new Date("2026-06-10T00:00:00Z"));
    expect(forecast.dailyRate).toBe(400);
    expect(forecast.method).toContain("last 2 complete days");
  });
});
