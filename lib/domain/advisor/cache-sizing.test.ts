import { describe, expect, it } from "vitest";
import { pricesFor } from "../price-table";
import { cacheNeed, monthlyCacheSaving } from "./cache-sizing";

const day = 86_400;

describe("cacheNeed", () => {
  it("takes every lookup within one TTL at ten times the average rate as a distinct 32 KB entry", () => {
    expect(cacheNeed(14 * day, 14, 300)).toEqual({ entries: 3_000, gigabytes: 0.098304, size: "0.5" });
  });

  it("picks the smallest size that holds the estimate", () => {
    expect(cacheNeed(100 * 14 * day, 14, 300).size).toBe("13.5");
    expect(cacheNeed(0, 14, 300)).toEqual({ entries: 0, gigabytes: 0, size: "0.5" });
  });
});

describe("monthlyCacheSaving", () => {
  it("is the difference of the two sizes' 730-hour prices", () => {
    expect(monthlyCacheSaving("6.1", "0.5", pricesFor("us-east-1").prices)).toBeCloseTo(146 - 14.6, 6);
  });
});
