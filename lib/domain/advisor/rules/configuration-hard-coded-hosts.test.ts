import { describe, expect, it } from "vitest";
import { advisorSnapshot, httpIntegration, resource, securedMethod, stage, withResources } from "../snapshot-fixtures.test-support";
import { hardCodedHostsRule } from "./configuration-hard-coded-hosts";

const literal = () => withResources(advisorSnapshot(), [resource("res-pets", "/pets", [securedMethod("GET", { methodIntegration: httpIntegration({ uri: "https://orders.internal.example.com/pets" }) })])]);

describe("configuration.hard-coded-host", () => {
  it("stays silent when the host comes from a stage variable", () => {
    expect(hardCodedHostsRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a literal host when the API has several stages", () => {
    const [finding, ...rest] = hardCodedHostsRule.evaluate(literal());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "configuration.hard-coded-host:method:res-pets:GET", severity: "low", category: "configuration", fix: null });
    expect(finding!.evidence).toEqual([
      "GET /pets: HTTP https://orders.internal.example.com/pets names the host orders.internal.example.com",
      "Stages dev, prod all call orders.internal.example.com unless the URI is edited before each deploy (read from the working copy)",
    ]);
  });

  it("stays silent with a single stage", () => {
    expect(hardCodedHostsRule.evaluate({ ...literal(), stages: [stage("prod")] })).toEqual([]);
  });
});
