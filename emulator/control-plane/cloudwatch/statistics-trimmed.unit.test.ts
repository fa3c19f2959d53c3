import { describe, expect, it } from "vitest";
import { aggregateOfValues } from "./aggregate";
import { computeStatistic, isExtendedStatistic, parseStatistic } from "./statistics";

const oneToTen = aggregateOfValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
const oneToHundred = aggregateOfValues(Array.from({ length: 100 }, (_, i) => i + 1));
const stat = (name: string, aggregate = oneToTen) => computeStatistic(aggregate, parseStatistic(name, "Stat"));

describe("trimmed mean (TM, tmNN, IQM)", () => {
  it("drops the highest samples for tmNN and TM(:NN%), by nearest rank", () => {
    // tm90 of 1..10 keeps ranks 1..ceil(0.9 * 10) = 1..9: (1 + ... + 9) / 9 = 45 / 9 = 5.
    expect(stat("tm90")).toBe(5);
    expect(stat("TM(:90%)")).toBe(5);
  });

  it("drops both ends for TM(a%:b%), the lower bound exclusive", () => {
    // Drops ranks 1..ceil(0.1 * 10) = 1, keeps ranks 2..9: (2 + ... + 9) / 8 = 44 / 8 = 5.5.
    expect(stat("TM(10%:90%)")).toBe(5.5);
    // TM(10%:) on 1..100 drops 1..10 and keeps 11..100: (11 + 100) / 2 = 55.5.
    expect(stat("TM(10%:)", oneToHundred)).toBe(55.5);
  });

  it("keeps values in (lower, upper] for value bounds", () => {
    // 2 < v <= 8 keeps 3..8: 33 / 6 = 5.5.
    expect(stat("TM(2:8)")).toBe(5.5);
    // Nothing in (20, 30]: no mean, so no datapoint.
    expect(stat("TM(20:30)")).toBeUndefined();
  });

  it("computes IQM as TM(25%:75%)", () => {
    // 1..10: drops ranks 1..ceil(2.5) = 1..3, keeps 4..ceil(7.5) = 4..8: 30 / 5 = 6.
    expect(stat("IQM")).toBe(6);
    // 1..100: keeps ranks 26..75, whose mean is (26 + 75) / 2 = 50.5.
    expect(stat("IQM", oneToHundred)).toBe(50.5);
  });
});

describe("winsorized mean (WM, wmNN)", () => {
  it("counts samples above the range as the highest kept value", () => {
    // wm90 of 1..10: 1..9 kept (45), 10 counts as 9: (45 + 9) / 10 = 5.4.
    expect(stat("wm90")).toBe(5.4);
    // WM(10%:90%): 2..9 kept (44), 1 counts as 2, 10 counts as 9: (44 + 2 + 9) / 10 = 5.5.
    expect(stat("WM(10%:90%)")).toBe(5.5);
  });

  it("clamps to the bounds themselves for value bounds", () => {
    // WM(3:8): 4..8 kept (30); 1, 2, 3 count as 3 (9); 9, 10 count as 8 (16): (30 + 9 + 16) / 10 = 5.5.
    expect(stat("WM(3:8)")).toBe(5.5);
  });
});

describe("trimmed count and trimmed sum (TC, TS)", () => {
  it("counts and sums the samples a trimmed mean would average", () => {
    // tc90 / ts90 of 1..10: ranks 1..9, so 9 samples summing to 45.
    expect([stat("tc90"), stat("ts90")]).toEqual([9, 45]);
    // (2, 8] holds 3..8: 6 samples summing to 33.
    expect([stat("TC(2:8)"), stat("TS(2:8)")]).toEqual([6, 33]);
    // TS(80%:) drops ranks 1..8 and sums 9 + 10 = 19.
    expect(stat("TS(80%:)")).toBe(19);
    // An empty range counts 0 and sums 0 (unlike the mean, which has no value).
    expect([stat("TC(20:30)"), stat("TS(20:30)")]).toEqual([0, 0]);
  });
});

describe("percentile rank (PR)", () => {
  it("gives the percentage of samples in (lower, upper]", () => {
    // v <= 3: 1, 2, 3 of 10 samples = 30%.
    expect(stat("PR(:3)")).toBe(30);
    // 3 < v <= 7: 4, 5, 6, 7 = 40%.
    expect(stat("PR(3:7)")).toBe(40);
    // v > 10: none; v > 0: all.
    expect([stat("PR(10:)"), stat("PR(0:)")]).toEqual([0, 100]);
  });
});

describe("trimmed statistics and how samples were published", () => {
  it("weights values by their counts", () => {
    const weighted = aggregateOfValues([10, 1000], [99, 1]);
    // tm99 keeps ranks 1..99, all 10s. wm99 counts the 1000 as 10: (99 * 10 + 10) / 100 = 10.
    expect([stat("tm99", weighted), stat("wm99", weighted), stat("TC(:100)", weighted), stat("PR(:10)", weighted)]).toEqual([10, 10, 99, 99]);
  });

  it("has no value without every raw value or with a negative value, as for percentiles", () => {
    const set = { sampleCount: 2, sum: 7, min: 2, max: 5, values: [], counts: [] };
    expect(stat("IQM", set)).toBeUndefined();
    expect(stat("PR(:3)", aggregateOfValues([-1, 2, 3]))).toBeUndefined();
  });
});

describe("parsing statistic names", () => {
  it("accepts AWS's forms and treats all of them as extended statistics", () => {
    const names = ["tm99", "TM(10%:90%)", "TM(:95%)", "TM(150:1000)", "IQM", "wm98", "WM(10%:90%)", "tc90", "TC(0.005:0.030)", "ts90", "TS(80%:)", "PR(:300)", "PR(100:2000)", "p99.9"];
    for (const name of names) expect(isExtendedStatistic(parseStatistic(name, "Stat")), name).toBe(true);
    expect(isExtendedStatistic(parseStatistic("Sum", "Stat"))).toBe(false);
    expect(parseStatistic("TC(0.005:0.030)", "Stat")).toEqual({ kind: "trimmedCount", bounds: { mode: "value", lower: 0.005, upper: 0.03 } });
  });

  it("refuses forms AWS does not take: uppercase with one number, lowercase with a range, PR with percents, bad bounds", () => {
    const names = ["TM99", "tm(10%:90%)", "PR(10%:90%)", "pr300", "TM(90%:10%)", "TM(5:5)", "TM(:)", "TM(10%:500)", "TM(:101%)", "iqm", "tm101", "WM(10%)"];
    for (const name of names) {
      expect(() => parseStatistic(name, "MetricDataQueries.member.1.MetricStat.Stat"), name).toThrow(
        `The value ${name} for parameter MetricDataQueries.member.1.MetricStat.Stat is not a valid statistic.`,
      );
    }
  });
});
