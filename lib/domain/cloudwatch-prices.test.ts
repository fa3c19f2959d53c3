import { describe, expect, it } from "vitest";
import { detailedMetricsMonthlyCost, formatDollars, metricReadCost } from "./cloudwatch-prices";

describe("cloudwatch prices", () => {
  it("prices detailed metrics per method, with cache metrics only when caching is on", () => {
    expect(detailedMetricsMonthlyCost(4, false)).toBeCloseTo(6);
    expect(detailedMetricsMonthlyCost(4, true)).toBeCloseTo(8.4);
  });

  it("prices a dashboard read by metrics requested", () => {
    expect(metricReadCost(500)).toBeCloseTo(0.005);
  });

  it("formats small and large amounts", () => {
    expect(formatDollars(14.6)).toBe("$14.60");
    expect(formatDollars(0.00023)).toBe("$0.00023");
    expect(formatDollars(0)).toBe("$0");
  });
});
