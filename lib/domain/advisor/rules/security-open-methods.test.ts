import { describe, expect, it } from "vitest";
import { advisorSnapshot, corsMethod, resource, securedMethod, withResources } from "../snapshot-fixtures.test-support";
import { openMethodsRule } from "./security-open-methods";

const open = () =>
  withResources(advisorSnapshot(), [
    resource("res-pets", "/pets", [securedMethod("GET", { authorizationType: "NONE" }), securedMethod("POST", { authorizationType: "NONE", apiKeyRequired: true }), corsMethod("OPTIONS", {})]),
  ]);

describe("security.open-method", () => {
  it("stays silent when every method has authorization or an API key", () => {
    expect(openMethodsRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a non-OPTIONS method with authorization NONE and no API key, ignoring OPTIONS and keyed methods", () => {
    const findings = openMethodsRule.evaluate(open());
    expect(findings.map((finding) => finding.key)).toEqual(["security.open-method:method:res-pets:GET"]);
    expect(findings[0]).toMatchObject({ severity: "high", category: "security", fix: null, subject: { kind: "method", resourcePath: "/pets", httpMethod: "GET" } });
    expect(findings[0]!.evidence).toEqual(["GET /pets: authorization NONE, no API key", "Served on protected stage prod once deployed"]);
  });

  it("stays silent when no stage is protected", () => {
    expect(openMethodsRule.evaluate({ ...open(), protectedStages: [] })).toEqual([]);
  });
});
