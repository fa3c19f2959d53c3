import { describe, expect, it } from "vitest";
import { evaluateAlarm, evaluationRange, javaDouble, reasonTime, type EvaluationInput, type EvaluationRule } from "./alarm-evaluation";

// 13:05:30 UTC: the last complete one-minute periods start at 13:04, 13:03, 13:02, ...
const now = Date.UTC(2026, 10, 26, 13, 5, 30);
const minute = (m: number) => Date.UTC(2026, 10, 26, 13, m, 0);
const rule: EvaluationRule = { EvaluationPeriods: 1, Threshold: 3, ComparisonOperator: "GreaterThanThreshold" };

function evaluate(overrides: Omit<Partial<EvaluationInput>, "rule"> & { rule?: Partial<EvaluationRule>; points?: Array<[number, number]> } = {}) {
  const { points = [], rule: ruleOverrides = {}, ...rest } = overrides;
  return evaluateAlarm({ period: 60, now, current: "INSUFFICIENT_DATA", series: new Map(points), ...rest, rule: { ...rule, ...ruleOverrides } });
}

describe("alarm evaluation", () => {
  it("looks at the last EvaluationPeriods complete periods before now", () => {
    expect(evaluationRange(now, 60, 3)).toEqual({ start: minute(2), end: minute(5) });
    expect(evaluationRange(now, 300, 1)).toEqual({ start: minute(0), end: minute(5) });
  });

  it("goes to ALARM on a breaching datapoint, with AWS's reason text", () => {
    const result = evaluate({ points: [[minute(4), 5]] });
    expect(result?.state).toBe("ALARM");
    expect(result?.reason).toBe("Threshold Crossed: 1 datapoint [5.0 (26/11/26 13:04:00)] was greater than the threshold (3.0).");
    expect(JSON.parse(result!.reasonData)).toMatchObject({ version: "1.0", period: 60, threshold: 3, recentDatapoints: [5], evaluatedDatapoints: [{ timestamp: "2026-11-26T13:04:00.000+0000", value: 5 }] });
  });

  it("goes to OK when the datapoint does not breach", () => {
    const result = evaluate({ points: [[minute(4), 3]], current: "ALARM" });
    expect(result?.state).toBe("OK");
    expect(result?.reason).toBe("Threshold Crossed: 1 datapoint [3.0 (26/11/26 13:04:00)] was not greater than the threshold (3.0).");
  });

  it("ignores data in the current, incomplete period", () => {
    expect(evaluate({ points: [[minute(5), 5]] })?.state).toBe("INSUFFICIENT_DATA");
  });

  it("applies each comparison operator", () => {
    const state = (op: EvaluationRule["ComparisonOperator"], value: number) => evaluate({ rule: { ComparisonOperator: op }, points: [[minute(4), value]] })?.state;
    expect([state("GreaterThanOrEqualToThreshold", 3), state("GreaterThanOrEqualToThreshold", 2.9)]).toEqual(["ALARM", "OK"]);
    expect([state("LessThanThreshold", 2), state("LessThanThreshold", 3)]).toEqual(["ALARM", "OK"]);
    expect([state("LessThanOrEqualToThreshold", 3), state("LessThanOrEqualToThreshold", 4)]).toEqual(["ALARM", "OK"]);
  });

  it("needs DatapointsToAlarm breaching datapoints out of EvaluationPeriods (M of N)", () => {
    const twoOfThree = { EvaluationPeriods: 3, DatapointsToAlarm: 2 };
    const one = evaluate({ rule: twoOfThree, points: [[minute(2), 1], [minute(3), 9], [minute(4), 1]] });
    expect(one?.state).toBe("OK");
    const two = evaluate({ rule: twoOfThree, points: [[minute(2), 8], [minute(3), 1], [minute(4), 9]] });
    expect(two?.state).toBe("ALARM");
    expect(two?.reason).toBe(
      "Threshold Crossed: 2 out of the last 3 datapoints [9.0 (26/11/26 13:04:00), 8.0 (26/11/26 13:02:00)] were greater than the threshold (3.0) " +
        "(minimum 2 datapoints for INSUFFICIENT_DATA -> ALARM transition).",
    );
  });

  it("without DatapointsToAlarm needs every period to breach", () => {
    expect(evaluate({ rule: { EvaluationPeriods: 2 }, points: [[minute(3), 9], [minute(4), 1]] })?.state).toBe("OK");
    expect(evaluate({ rule: { EvaluationPeriods: 2 }, points: [[minute(3), 9], [minute(4), 9]] })?.state).toBe("ALARM");
  });

  describe("TreatMissingData when every period is missing", () => {
    it("missing (the default) goes to INSUFFICIENT_DATA", () => {
      expect(evaluate({ rule: { EvaluationPeriods: 2 } })).toMatchObject({ state: "INSUFFICIENT_DATA", reason: "Insufficient Data: 2 datapoints were unknown." });
    });

    it("breaching goes to ALARM and notBreaching to OK", () => {
      expect(evaluate({ rule: { TreatMissingData: "breaching" } })).toMatchObject({
        state: "ALARM",
        reason: "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [Breaching].",
      });
      expect(evaluate({ rule: { TreatMissingData: "notBreaching" }, current: "ALARM" })).toMatchObject({
        state: "OK",
        reason: "Threshold Crossed: no datapoints were received for 1 period and 1 missing datapoint was treated as [NonBreaching].",
      });
    });

    it("ignore keeps the current state", () => {
      expect(evaluate({ rule: { TreatMissingData: "ignore" }, current: "ALARM" })).toBeUndefined();
    });
  });

  it("counts missing periods as breaching only under breaching", () => {
    const rule3 = { EvaluationPeriods: 3, DatapointsToAlarm: 3 };
    const points: Array<[number, number]> = [[minute(4), 9]];
    expect(evaluate({ rule: { ...rule3, TreatMissingData: "breaching" }, points })?.state).toBe("ALARM");
    expect(evaluate({ rule: { ...rule3, TreatMissingData: "notBreaching" }, points })?.state).toBe("OK");
    expect(evaluate({ rule: { ...rule3, TreatMissingData: "missing" }, points })?.state).toBe("OK");
  });

  it("formats values and times as AWS's reasons do", () => {
    expect([javaDouble(5), javaDouble(2.5), javaDouble(-1)]).toEqual(["5.0", "2.5", "-1.0"]);
    expect(reasonTime(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe("02/01/26 03:04:05");
  });
});
