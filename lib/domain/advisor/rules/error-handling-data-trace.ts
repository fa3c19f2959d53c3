import { methodSettingPathSuffixes } from "../../method-settings-patch";
import { planStep } from "../../plan";
import { findingOf } from "../finding";
import { protectedStageSummaries } from "../snapshot-walks";
import type { AdvisorRule } from "../types";

export const dataTraceRule: AdvisorRule = {
  id: "error-handling.data-trace-on-protected-stage",
  category: "error-handling",
  severity: "high",
  title: "Full request and response logging on a protected stage",
  why: "Data trace writes whole request and response bodies, headers included, to CloudWatch Logs, so tokens and personal data end up in logs readable by anyone with log access.",
  evaluate(snapshot) {
    const restApiId = snapshot.api.restApi.id;
    return protectedStageSummaries(snapshot).flatMap((stage) => {
      // Keys are AWS's own ("*/*", "~1pets/GET"), which are also the patch path's escaped form.
      const keys = Object.entries(stage.settings.methodSettings).filter(([, values]) => values.dataTraceEnabled === true).map(([key]) => key);
      if (keys.length === 0) return [];
      const patchOperations = keys.map((key) => ({ op: "replace" as const, path: `/${key}/${methodSettingPathSuffixes.dataTraceEnabled}`, value: "false" }));
      return [
        findingOf(dataTraceRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: keys.map((key) => `Stage ${stage.stageName}: data trace on for ${key === "*/*" ? "every method (*/*)" : key.replace(/~1/g, "/").replace(/^(.*)\/([A-Z]+)$/, "$2 $1")}`),
          fix: {
            summary: `Turn data trace off on ${stage.stageName}`,
            plan: {
              steps: [planStep(`${stage.stageName}:data-trace`, `Turn data trace off on ${stage.stageName}`, { operation: "UpdateStage", input: { restApiId, stageName: stage.stageName, patchOperations } })],
              notes: [{ title: "Execution logging stays", text: "The log level (ERROR or INFO) is kept; only the request and response bodies stop being logged. Takes effect without a deployment." }],
            },
          },
          remedy: `Turn data trace off on ${stage.stageName}; use it only briefly on a non-production stage while debugging.`,
        }),
      ];
    });
  },
};
