// One finding per missing item rather than one listing them: each has its own cost (metrics and traces are billed),
// its own fix, and a person may rightly turn one down (say, tracing) without silencing the others.
import { detailedMetricsLines, formatUsd, totalOf } from "../../cost-model";
import { methodSettingPatches } from "../../method-settings-patch";
import { planStep, type PatchOperation, type PlanNote } from "../../plan";
import { pricesFor } from "../../price-table";
import type { StageSummary } from "../../stage";
import { stageDefaultSettings } from "../../stage-settings";
import { findingOf } from "../finding";
import { allMethods, protectedStageSummaries } from "../snapshot-walks";
import type { AdvisorFix, AdvisorRule, AdvisorSeverity, AdvisorSnapshot, Finding } from "../types";

/** One missing item; `change` is the UpdateStage that supplies it, or null when a person must choose (a log group). */
type Gap = { item: string; title: string; severity: AdvisorSeverity; evidence: string; remedy: string; change: { title: string; patch: PatchOperation[] } | null; note?: PlanNote };

function gaps(snapshot: AdvisorSnapshot, stage: StageSummary): Gap[] {
  const defaults = stageDefaultSettings(stage.settings);
  return [
    !defaults.loggingLevel || defaults.loggingLevel === "OFF" ? executionLoggingGap(snapshot, stage) : null,
    stage.settings.accessLog ? null : accessLogGap(stage),
    defaults.metricsEnabled === true ? null : detailedMetricsGap(snapshot, stage),
    stage.settings.tracingEnabled ? null : tracingGap(snapshot, stage),
  ].filter((gap): gap is Gap => gap !== null);
}

function accessLogGap(stage: StageSummary): Gap {
  return {
    item: "access-logs",
    title: "No access logs on a protected stage",
    severity: "medium",
    evidence: `Stage ${stage.stageName}: access logging off`,
    remedy: `Create a CloudWatch log group and set it, with a JSON format including $context.requestId, as ${stage.stageName}'s access log destination.`,
    change: null,
  };
}

function detailedMetricsGap(snapshot: AdvisorSnapshot, stage: StageSummary): Gap {
  const methods = allMethods(snapshot).length;
  const cost = formatUsd(totalOf(detailedMetricsLines(methods, pricesFor(snapshot.environment.region).prices, stage.settings.cacheCluster.enabled)));
  return {
    item: "detailed-metrics",
    title: "Detailed metrics off on a protected stage",
    severity: "low",
    evidence: `Stage ${stage.stageName}: detailed (per-method) metrics off; on, they cost about ${cost} / month for ${methods} method${methods === 1 ? "" : "s"}`,
    remedy: `Turn detailed metrics on for ${stage.stageName} to see which method fails or slows down.`,
    change: { title: `Turn detailed metrics on for ${stage.stageName}`, patch: methodSettingPatches("*/*", stageDefaultSettings(stage.settings), { metricsEnabled: true }) },
  };
}

function tracingGap(snapshot: AdvisorSnapshot, stage: StageSummary): Gap {
  const perMillion = pricesFor(snapshot.environment.region).prices.xray.perMillionTraces;
  return {
    item: "tracing",
    title: "X-Ray tracing off on a protected stage",
    severity: "low",
    evidence: `Stage ${stage.stageName}: X-Ray tracing off; on, traces cost $${perMillion.toFixed(2)} per million recorded (1 a second plus 5% of the rest)`,
    remedy: `Turn X-Ray tracing on for ${stage.stageName} to see where time goes across API Gateway and the backend.`,
    change: { title: `Turn X-Ray tracing on for ${stage.stageName}`, patch: [{ op: "replace", path: "/tracingEnabled", value: "true" }] },
  };
}

// ERROR rather than INFO: INFO logs every request, which costs far more in CloudWatch Logs on a busy stage.
function executionLoggingGap(snapshot: AdvisorSnapshot, stage: StageSummary): Gap {
  const defaults = stageDefaultSettings(stage.settings);
  const noRole = snapshot.account.cloudWatchRoleArn === null;
  const remedy = `Set execution logging to ERROR on ${stage.stageName}, so failed integrations and authorizer errors are logged.`;
  return {
    item: "execution-logging",
    title: "Execution logging off on a protected stage",
    severity: "medium",
    evidence: `Stage ${stage.stageName}: execution logging ${defaults.loggingLevel ?? "not set"} (stage defaults */*)${noRole ? "; the account has no CloudWatch Logs role, which logging needs" : ""}`,
    // Without the account's role the call would be refused, so the fix waits for a person to set it.
    remedy: noRole ? `Set a CloudWatch Logs role ARN in the API Gateway account settings (an IAM role API Gateway can assume to write logs), then ${remedy.charAt(0).toLowerCase()}${remedy.slice(1)}` : remedy,
    change: noRole ? null : { title: `Set execution logging to ERROR on ${stage.stageName}`, patch: methodSettingPatches("*/*", defaults, { loggingLevel: "ERROR" }) },
    note: { title: "Needs the account's CloudWatch role", text: "Execution logging needs a CloudWatch Logs role ARN in the API Gateway account settings; the call is refused without one." },
  };
}

function fixFor(snapshot: AdvisorSnapshot, stageName: string, gap: Gap): AdvisorFix | null {
  if (!gap.change) return null;
  const { title, patch } = gap.change;
  const step = planStep(`${stageName}:${gap.item}`, title, { operation: "UpdateStage", input: { restApiId: snapshot.api.restApi.id, stageName, patchOperations: patch } });
  return { summary: title, plan: { steps: [step], notes: [...(gap.note ? [gap.note] : []), { title: "Takes effect at once", text: "Stage settings apply without a deployment." }] } };
}

export const stageObservabilityRule: AdvisorRule = {
  id: "monitoring.stage-observability",
  category: "monitoring",
  severity: "medium",
  title: "Monitoring off on a protected stage",
  why: "Without logs, per-method metrics and traces, an incident on a production stage can only be seen from the outside and takes far longer to explain.",
  evaluate(snapshot): Finding[] {
    return protectedStageSummaries(snapshot).flatMap((stage) =>
      gaps(snapshot, stage).map((gap) =>
        findingOf(stageObservabilityRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          keySuffix: gap.item,
          title: gap.title,
          severity: gap.severity,
          evidence: [gap.evidence],
          fix: fixFor(snapshot, stage.stageName, gap),
          remedy: gap.remedy,
        }),
      ),
    );
  },
};
