// Finding keys and construction shared by the rules, so every rule keys its findings the same way.
import type { AdvisorRule, Finding, FindingSubject } from "./types";

/** "ruleId:stage:prod", "ruleId:method:res1:GET", "ruleId:api": stable across reads, so dismissals stick. */
export function findingKey(ruleId: string, subject: FindingSubject): string {
  switch (subject.kind) {
    case "api":
      return `${ruleId}:api`;
    case "stage":
      return `${ruleId}:stage:${subject.stageName}`;
    case "method":
      return `${ruleId}:method:${subject.resourceId}:${subject.httpMethod}${subject.stageName ? `:${subject.stageName}` : ""}`;
    case "gateway-response":
      return `${ruleId}:gateway-response:${subject.responseType}`;
    case "usage-plan":
      return `${ruleId}:usage-plan:${subject.usagePlanId}`;
    case "domain":
      return `${ruleId}:domain:${subject.domainName}`;
  }
}

/** A finding with the rule's fixed fields filled in; `keySuffix` tells apart several findings on one subject. */
export function findingOf(
  rule: Pick<AdvisorRule, "id" | "category" | "severity" | "title" | "why">,
  details: Pick<Finding, "evidence" | "subject" | "fix" | "remedy"> & Partial<Pick<Finding, "title" | "severity" | "monthlySavingUsd">> & { keySuffix?: string },
): Finding {
  const { keySuffix, ...rest } = details;
  const key = findingKey(rule.id, details.subject) + (keySuffix ? `:${keySuffix}` : "");
  return { ruleId: rule.id, key, severity: rule.severity, category: rule.category, title: rule.title, why: rule.why, ...rest };
}

/** A figure as evidence shows it: 12,345 or 2.5. */
export const count = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });
