// References are read from the working copy (as its OpenAPI export), not from each stage's deployment: a stage
// deployed from an older copy may reference fewer, but the next deploy there would ship these references.
import { openApiFromSnapshot } from "../../openapi-from-snapshot";
import { stageVariableReferences, undefinedStageVariables } from "../../stage-variable-references";
import { findingOf } from "../finding";
import type { AdvisorRule } from "../types";

export const undefinedStageVariablesRule: AdvisorRule = {
  id: "configuration.undefined-stage-variable",
  category: "configuration",
  severity: "high",
  title: "Stage variable referenced but not defined",
  why: "A reference to a variable the stage does not define resolves to an empty string, so the integration calls a broken URI or Lambda ARN and clients get 500s.",
  evaluate(snapshot) {
    return snapshot.stages.flatMap((stage) => {
      const document = openApiFromSnapshot(snapshot.api, { stageName: stage.stageName, region: snapshot.environment.region, fallbackVersion: "1" });
      const references = stageVariableReferences(document);
      const missing = undefinedStageVariables(references, stage.variables);
      if (missing.length === 0) return [];
      return [
        findingOf(undefinedStageVariablesRule, {
          subject: { kind: "stage", stageName: stage.stageName },
          evidence: missing.map((name) => {
            const uses = references.filter((reference) => reference.name === name).map((reference) => `${reference.place} of ${reference.where}`);
            return `Stage ${stage.stageName}: ${name} is not defined; used in ${[...new Set(uses)].join(", ")}`;
          }),
          // Each value (a host, a function alias) is specific to the stage.
          fix: null,
          remedy: `Define ${missing.join(", ")} on ${stage.stageName} (Stage variables tab), or remove the references before deploying there.`,
        }),
      ];
    });
  },
};
