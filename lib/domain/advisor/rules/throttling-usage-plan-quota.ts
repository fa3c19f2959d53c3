import { count, findingOf } from "../finding";
import type { AdvisorRule } from "../types";

const throttleText = (throttle: { rateLimit?: number; burstLimit?: number } | null) =>
  throttle?.rateLimit !== undefined ? `throttle ${count(throttle.rateLimit)} requests/s${throttle.burstLimit !== undefined ? `, burst ${count(throttle.burstLimit)}` : ""}` : "no throttle";

export const usagePlanQuotaRule: AdvisorRule = {
  id: "throttling.usage-plan-without-quota",
  category: "throttling",
  severity: "medium",
  title: "Usage plan without a quota",
  why: "Without a quota a single API key can call without limit for the whole month, so one leaked or buggy client can run up the backend's bill.",
  evaluate(snapshot) {
    return snapshot.usagePlans
      .filter((plan) => plan.quota === null)
      .map((plan) =>
        findingOf(usagePlanQuotaRule, {
          subject: { kind: "usage-plan", usagePlanId: plan.id, name: plan.name },
          evidence: [`Usage plan ${plan.name}: no quota (${throttleText(plan.throttle)})`, `Covers stage${plan.apiStages.length === 1 ? "" : "s"} ${plan.apiStages.map((apiStage) => apiStage.stageName).join(", ")}`],
          // The quota's size and period depend on what the plan's customers pay for.
          fix: null,
          remedy: `Set a quota on ${plan.name} (requests per day, week or month) sized for what its customers are expected to use.`,
        }),
      );
  },
};
