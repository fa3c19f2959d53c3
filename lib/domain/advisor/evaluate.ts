import { advisorRules } from "./rules";
import type { AdvisorCategory, AdvisorRule, AdvisorSeverity, AdvisorSnapshot, Finding } from "./types";

export const severityOrder: AdvisorSeverity[] = ["high", "medium", "low"];

export const categoryOrder: AdvisorCategory[] = ["throttling", "security", "error-handling", "cors", "caching", "configuration", "versioning", "monitoring", "cold-starts"];

/** Orders findings by severity, then category, then key, so a list reads the same on every load. */
export function compareFindings(a: Finding, b: Finding): number {
  return severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || categoryOrder.indexOf(a.category) - categoryOrder.indexOf(b.category) || a.key.localeCompare(b.key);
}

export type AdvisorResult = { findings: Finding[]; dismissed: Finding[] };

/** Runs every rule over one snapshot; findings whose key was dismissed come back apart, so they can be restored. */
export function evaluateAdvisor(snapshot: AdvisorSnapshot, options: { dismissedKeys?: ReadonlySet<string> | readonly string[]; rules?: readonly AdvisorRule[] } = {}): AdvisorResult {
  const dismissedKeys = new Set(options.dismissedKeys ?? []);
  const all = (options.rules ?? advisorRules).flatMap((rule) => rule.evaluate(snapshot)).sort(compareFindings);
  return { findings: all.filter((finding) => !dismissedKeys.has(finding.key)), dismissed: all.filter((finding) => dismissedKeys.has(finding.key)) };
}
