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

type Gap = { item: string; title: string; severity: AdvisorSeverity; evidence: string; remedy: string; patch: PatchOperation[] | null; note?: PlanNote };

function gaps(snapshot: AdvisorSnapshot, stage: StageSummary): Gap[] {
  const defaults = stageDefaultSettings(stage.settings);
  const { prices } = pricesFor(snapshot.environment.region);
  const methods = allMethods(snapshot).length;
  const metricsCost = formatUsd(totalOf(detailedMetricsLines(methods, prices, stage.settings.cacheCluster.enabled)));
  const found: Gap[] = [];
  if (!defaults.loggingLevel || defaults.loggingLevel === "OFF") {
    found.push({
      item: "execution-logging",
      title: "Execution logging off on a protected stage",
      severity: "medium",
      evidence: `Stage ${stage.stageName}: execution logging ${defaults.loggingLevel ?? "not set"} (stage defaults */*)`,
      remedy: `Set execution logging to ERROR on ${stage.stageName}, so failed integrations and authorizer errors are logged.`,
      patch: methodSettingPatches("*/*", defaults, { loggingLevel: "ERROR" }),
      note: { title: "Needs the account's CloudWatch role", text: "On AWS, execution logging needs a CloudWatch Logs role ARN in the API Gateway account settings; the call is refused without one." },
    });
  }
  if (!stage.settings.accessLog) {
    found.push({ item: "access-logs", title: "No access logs on a protected stage", severity: "medium", evidence: `Stage ${stage.stageName}: access logging off`, remedy: `Create a CloudWatch log group and set it, with a JSON format including $context.requestId, as ${stage.stageName}'s access log destination.`, patch: null });
  }
  if (defaults.metricsEnabled !== true) {
    found.push({ item: "detailed-metrics", title: "Detailed metrics off on a protected stage", severity: "low", evidence: `Stage ${stage.stageName}: detailed (per-method) metrics off; on, they cost about ${metricsCost} / month for ${methods} method${methods === 1 ? "" : "s"}`, remedy: `Turn detailed metrics on for ${stage.stageName} to see which method fails or slows down.`, patch: methodSettingPatches("*/*", defaults, { metricsEnabled: true }) });
  }
  if (!stage.settings.tracingEnabled) {
    found.push({ item: "tracing", title: "X-Ray tracing off on a protected stage", severity: "low", evidence: `Stage ${stage.stageName}: X-Ray tracing off; on, traces cost $${prices.xray.perMillionTraces.toFixed(2)} per million recorded (1 a second plus 5% of the rest)`, remedy: `Turn X-Ray tracing on for ${stage.stageName} to see where time goes across API Gateway and the backend.`, patch: [{ op: "replace", path: "/tracingEnabled", value: "true" }] });
  }
  return found;
}

function fixFor(snapshot: AdvisorSnapshot, stageName: string, gap: Gap): AdvisorFix | null {
  if (!gap.patch) return null;
  const title = gap.remedy.split(",")[0]!;
  const step = planStep(`${stageName}:${gap.item}`, title, { operation: "UpdateStage", input: { restApiId: snapshot.api.restApi.id, stageName, patchOperations: gap.patch } });
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
