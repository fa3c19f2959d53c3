import { describe, expect, it } from "vitest";
import { aggregateOfValues, mergeAggregates } from "./aggregate";
import { computeStatistic, parseStatistic, percentile } from "./statistics";
import { AwsError } from "../../protocol/aws-error";

const oneToHundred = aggregateOfValues(Array.from({ length: 100 }, (_, i) => i + 1));
const stat = (name: string, aggregate = oneToHundred) => computeStatistic(aggregate, parseStatistic(name, "Stat"));

describe("statistics", () => {
  it("computes the basic statistics", () => {
    expect(["Sum", "Average", "Minimum", "Maximum", "SampleCount"].map((name) => stat(name))).toEqual([5050, 50.5, 1, 100, 100]);
  });

  it("computes nearest-rank percentiles and trimmed means from raw values", () => {
    expect(["p0", "p50", "p90", "p99", "p99.9", "p100"].map((name) => stat(name))).toEqual([1, 50, 90, 99, 100, 100]);
    expect(stat("tm90")).toBe(45.5);
    expect(stat("tm100")).toBe(50.5);
  });

  it("weights values by their counts", () => {
    const weighted = aggregateOfValues([10, 1000], [99, 1]);
    expect(stat("p99", weighted)).toBe(10);
    expect(stat("p99.5", weighted)).toBe(1000);
    expect(stat("SampleCount", weighted)).toBe(100);
    expect(stat("Average", weighted)).toBeCloseTo(19.9);
  });

  it("has no percentile when part of the samples came as a statistic set", () => {
    const set = { sampleCount: 2, sum: 7, min: 2, max: 5, values: [], counts: [] };
    const mixed = mergeAggregates(aggregateOfValues([1]), set);
    expect(stat("p50", mixed)).toBeUndefined();
    expect(stat("Sum", mixed)).toBe(8);
    expect(stat("Minimum", mixed)).toBe(1);
  });

  it("has no percentile when any value is negative, as AWS documents", () => {
    const negative = aggregateOfValues([-1, 2, 3]);
    expect(stat("p50", negative)).toBeUndefined();
    expect(stat("Minimum", negative)).toBe(-1);
  });

  it("merges aggregates keeping values sorted and distinct", () => {
    const merged = mergeAggregates(aggregateOfValues([1, 3, 5]), aggregateOfValues([3, 4]));
    expect(merged.values).toEqual([1, 3, 4, 5]);
    expect(merged.counts).toEqual([1, 2, 1, 1]);
    expect(percentile(merged, 60)).toBe(3);
    const one = (value: number) => aggregateOfValues([value]);
    const inserted = [4, 3, 0, 9].reduce((acc, value) => mergeAggregates(acc, one(value)), aggregateOfValues([1, 3, 5]));
    expect(inserted).toMatchObject({ values: [0, 1, 3, 4, 5, 9], counts: [1, 1, 2, 1, 1, 1], sampleCount: 7, min: 0, max: 9 });
  });

  it("refuses a statistic name that is not one", () => {
    expect(() => parseStatistic("Median", "Stat")).toThrow(AwsError);
    expect(() => parseStatistic("p101", "Stat")).toThrow(/not a valid statistic/);
    expect(() => parseStatistic("tm(10%:90%)", "Stat")).toThrow("The value tm(10%:90%) for parameter Stat is not a valid statistic.");
  });
});
