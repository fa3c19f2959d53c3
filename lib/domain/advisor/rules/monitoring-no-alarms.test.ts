import { describe, expect, it } from "vitest";
import { advisorSnapshot, fixtureApiName, stageAlarms } from "../snapshot-fixtures.test-support";
import { noAlarmsRule } from "./monitoring-no-alarms";

describe("monitoring.no-alarms", () => {
  it("stays silent when the protected stage has 5XXError and Latency alarms", () => {
    expect(noAlarmsRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("counts an API-wide alarm (no Stage dimension) for every stage", () => {
    const alarms = stageAlarms("prod").map((alarm) => ({ ...alarm, dimensions: { ApiName: fixtureApiName } }));
    expect(noAlarmsRule.evaluate(advisorSnapshot({ alarms }))).toEqual([]);
  });

  it("fires when the alarms watch another stage or API, listing each missing metric", () => {
    const alarms = [...stageAlarms("dev"), { ...stageAlarms("prod")[1]!, dimensions: { ApiName: "other", Stage: "prod" } }, stageAlarms("prod")[1]!];
    const [finding, ...rest] = noAlarmsRule.evaluate(advisorSnapshot({ alarms }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "monitoring.no-alarms:stage:prod", severity: "medium", category: "monitoring", fix: null });
    expect(finding!.evidence).toEqual(["Stage prod: no alarm on AWS/ApiGateway 5XXError (ApiName pets, Stage prod)"]);
  });
});
