import { describe, expect, it } from "vitest";
import { advisorScore, severityWeights } from "./score";
import type { AdvisorSeverity, Finding } from "./types";

const finding = (severity: AdvisorSeverity, key: string): Finding => ({
  ruleId: "r",
  key,
  severity,
  category: "throttling",
  title: "t",
  why: "w",
  evidence: [],
  subject: { kind: "api" },
  fix: null,
  remedy: "r",
});

describe("advisorScore", () => {
  it("is 100 with no findings", () => {
    expect(advisorScore([])).toBe(100);
  });

  it("takes each finding's weight off: one high, one medium and one low give 75", () => {
    expect(severityWeights).toEqual({ high: 15, medium: 7, low: 3 });
    expect(advisorScore([finding("high", "a"), finding("medium", "b"), finding("low", "c")])).toBe(75);
  });

  it("never goes below 0", () => {
    expect(advisorScore(Array.from({ length: 10 }, (_, index) => finding("high", String(index))))).toBe(0);
  });
});
