// What the advisor screens show for one API: its findings, the dismissed ones with who and why, the counts by
// severity, and a plain account of what was checked (so "No findings" says what it looked at).
import { categoryOrder } from "./evaluate";
import type { AdvisorCategory, AdvisorSeverity, AdvisorSnapshot, Finding } from "./types";

export type FindingDismissal = { reason: string; dismissedBy: string; createdAt: string };
export type DismissedFinding = Finding & { dismissal: FindingDismissal };

export interface ApiAdvice {
  restApiId: string;
  apiName: string;
  /** 0-100, from the rules' scoring. */
  score: number;
  counts: Record<AdvisorSeverity, number>;
  findings: Finding[];
  dismissed: DismissedFinding[];
  /** "3 stages (1 protected), 24 methods, ..." */
  checked: string[];
  /** ISO 8601 */
  checkedAt: string;
}

export const categoryLabels: Record<AdvisorCategory, string> = {
  throttling: "Throttling",
  security: "Security",
  "error-handling": "Error handling",
  cors: "CORS",
  caching: "Caching",
  configuration: "Configuration",
  versioning: "Versioning",
  monitoring: "Monitoring",
  "cold-starts": "Cold starts",
};

/** How many findings there are of each severity. */
export function severityCounts(findings: readonly Finding[]): Record<AdvisorSeverity, number> {
  const counts: Record<AdvisorSeverity, number> = { high: 0, medium: 0, low: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** Findings grouped by category in the categories' fixed order, keeping the evaluator's order (most severe first) within each. */
export function groupByCategory<F extends Finding>(findings: readonly F[]): { category: AdvisorCategory; label: string; findings: F[] }[] {
  return categoryOrder.flatMap((category) => {
    const inCategory = findings.filter((finding) => finding.category === category);
    return inCategory.length > 0 ? [{ category, label: categoryLabels[category], findings: inCategory }] : [];
  });
}

const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** What the snapshot covered, one line per area, so an empty result is an informed one. */
export function describeChecked(snapshot: AdvisorSnapshot): string[] {
  const methods = snapshot.api.resources.reduce((sum, resource) => sum + Object.keys(resource.methods).length, 0);
  const protectedCount = snapshot.stages.filter((stage) => snapshot.protectedStages.includes(stage.stageName)).length;
  return [
    `${plural(snapshot.api.resources.length, "resource")} with ${plural(methods, "method")}`,
    `${plural(snapshot.stages.length, "stage")} (${protectedCount} protected)`,
    `${plural(snapshot.api.gatewayResponses.length, "customised gateway response")}`,
    `${plural(snapshot.usagePlans.length, "usage plan")}, ${plural(snapshot.domains.length, "custom domain")}, ${plural(snapshot.alarms.length, "CloudWatch alarm")}`,
    snapshot.metrics ? `${snapshot.metrics.periodDays} days of CloudWatch metrics` : "CloudWatch metrics could not be read: the metric-based checks were skipped",
  ];
}

/** Attaches who dismissed each dismissed finding and why; a finding dismissed without a record keeps an empty reason. */
export function attachDismissals(dismissed: readonly Finding[], dismissals: ReadonlyMap<string, FindingDismissal>): DismissedFinding[] {
  return dismissed.map((finding) => ({ ...finding, dismissal: dismissals.get(finding.key) ?? { reason: "", dismissedBy: "", createdAt: "" } }));
}

/** The findings a place in the console shows beside a stage: about the stage itself or a method on that stage. */
export function findingsForStage<F extends Finding>(findings: readonly F[], stageName: string): F[] {
  return findings.filter(({ subject }) => (subject.kind === "stage" || subject.kind === "method") && subject.stageName === stageName);
}

/** The findings about one method (on any stage). */
export function findingsForMethod<F extends Finding>(findings: readonly F[], resourceId: string, httpMethod: string): F[] {
  return findings.filter(({ subject }) => subject.kind === "method" && subject.resourceId === resourceId && subject.httpMethod === httpMethod);
}

/** What a finding is about, in a few words: "Stage prod", "GET /pets on prod", "DEFAULT_4XX response". */
export function subjectLabel(subject: Finding["subject"]): string {
  switch (subject.kind) {
    case "api":
      return "Whole API";
    case "stage":
      return `Stage ${subject.stageName}`;
    case "method":
      return `${subject.httpMethod} ${subject.resourcePath}${subject.stageName ? ` on ${subject.stageName}` : ""}`;
    case "gateway-response":
      return `${subject.responseType} response`;
    case "usage-plan":
      return `Usage plan ${subject.name}`;
    case "domain":
      return `Domain ${subject.domainName}`;
  }
}
