import { findingOf } from "../finding";
import { protectedStageSummaries } from "../snapshot-walks";
import type { AdvisorAlarm, AdvisorRule } from "../types";

const watched = ["5XXError", "Latency"] as const;

/** An alarm watches a stage when its ApiName is the API's and its Stage is the stage (or absent: the whole API). */
const watches = (alarm: AdvisorAlarm, apiName: string, stageName: string, metricName: string) =>
  alarm.namespace === "AWS/ApiGateway" && alarm.metricName === metricName && alarm.dimensions.ApiName === apiName && (alarm.dimensions.Stage ?? stageName) === stageName;

export const noAlarmsRule: AdvisorRule = {
  id: "monitoring.no-alarms",
  category: "monitoring",
  severity: "medium",
  title: "No alarm on errors or latency for a protected stage",
  why: "Without a CloudWatch alarm on 5XX errors and latency, an outage of a production stage is found by its users rather than by you.",
  evaluate(snapshot) {
    const apiName = snapshot.api.restApi.name;
    return protectedStageSummaries(snapshot).flatMap((stage) => {
      const missing = watched.filter((metricName) => !snapshot.alarms.some((alarm) => watches(alarm, apiName, stage.stageName, metricName)));
      if (missing.length === 0) return [];
      return [
        findingOf(noAlarmsRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: missing.map((metricName) => `Stage ${stage.stageName}: no alarm on AWS/ApiGateway ${metricName} (ApiName ${apiName}, Stage ${stage.stageName})`),
          // Thresholds and who gets notified are a person's decision.
          fix: null,
          remedy: `Create CloudWatch alarms for ${stage.stageName} on ${missing.join(" and ")} (e.g. 5XXError Sum > 5 in 5 minutes; Latency p99 above your target), notifying an SNS topic someone watches.`,
        }),
      ];
    });
  },
};
