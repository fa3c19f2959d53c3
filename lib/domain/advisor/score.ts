import type { AdvisorSeverity, Finding } from "./types";

/**
 * Points a finding takes off the score. A high finding (an outage or bill waiting to happen) weighs as much as
 * two medium ones and five low ones, so one high finding alone brings an API below 90.
 */
export const severityWeights: Record<AdvisorSeverity, number> = { high: 15, medium: 7, low: 3 };

/** 0..100: 100 with no findings, minus each open finding's weight, never below 0. Dismissed findings do not count. */
export function advisorScore(findings: readonly Finding[]): number {
  const penalty = findings.reduce((sum, finding) => sum + severityWeights[finding.severity], 0);
  return Math.max(0, 100 - penalty);
}
