import { findingOf } from "../finding";
import { allMethods, methodLabel } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

export const apiKeyUncoveredRule: AdvisorRule = {
  id: "throttling.api-key-without-usage-plan",
  category: "throttling",
  severity: "high",
  title: "API-key methods on a stage no usage plan covers",
  why: "An API key only works through a usage plan that covers the stage, so every call to these methods there is refused with 403 Forbidden and the keys throttle nothing.",
  evaluate(snapshot) {
    const keyed = allMethods(snapshot).filter((at) => at.method.apiKeyRequired);
    if (keyed.length === 0) return [];
    const covered = new Set(snapshot.usagePlans.flatMap((plan) => plan.apiStages.map((apiStage) => apiStage.stageName)));
    return snapshot.stages
      .filter((stage) => !covered.has(stage.stageName))
      .map((stage) =>
        findingOf(apiKeyUncoveredRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: [`Stage ${stage.stageName}: no usage plan covers it`, `${keyed.length} method${keyed.length === 1 ? " requires" : "s require"} an API key: ${keyed.map(methodLabel).join(", ")}`],
          // The plan's throttle, quota and which keys to add are a person's choice.
          fix: null,
          remedy: `Create a usage plan (or add ${stage.stageName} to an existing one) with a throttle and quota, and associate the callers' API keys with it.`,
        }),
      );
  },
};
