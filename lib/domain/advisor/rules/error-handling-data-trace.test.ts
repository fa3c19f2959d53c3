import { describe, expect, it } from "vitest";
import { advisorSnapshot, fixtureApiId, withStageSettings } from "../snapshot-fixtures.test-support";
import { dataTraceRule } from "./error-handling-data-trace";

const traced = (stageName: string) =>
  withStageSettings(advisorSnapshot(), stageName, (settings) => ({
    ...settings,
    methodSettings: { "*/*": { ...settings.methodSettings["*/*"], dataTraceEnabled: true }, "~1pets/GET": { dataTraceEnabled: true }, "~1pets/POST": { dataTraceEnabled: false } },
  }));

describe("error-handling.data-trace-on-protected-stage", () => {
  it("stays silent with data trace off, and on an unprotected stage", () => {
    expect(dataTraceRule.evaluate(advisorSnapshot())).toEqual([]);
    expect(dataTraceRule.evaluate(traced("dev"))).toEqual([]);
  });

  it("fires on a protected stage and turns data trace off in every entry that has it on", () => {
    const [finding, ...rest] = dataTraceRule.evaluate(traced("prod"));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "error-handling.data-trace-on-protected-stage:stage:prod", severity: "high" });
    expect(finding!.evidence).toEqual(["Stage prod: data trace on for every method (*/*)", "Stage prod: data trace on for GET /pets"]);
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual([
      {
        operation: "UpdateStage",
        input: {
          restApiId: fixtureApiId,
          stageName: "prod",
          patchOperations: [
            { op: "replace", path: "/*/*/logging/dataTrace", value: "false" },
            { op: "replace", path: "/~1pets/GET/logging/dataTrace", value: "false" },
          ],
        },
      },
    ]);
  });
});
