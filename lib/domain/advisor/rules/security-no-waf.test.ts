import { describe, expect, it } from "vitest";
import { advisorSnapshot, withStageSettings } from "../snapshot-fixtures.test-support";
import { noWafRule } from "./security-no-waf";

const withoutWaf = () => withStageSettings(advisorSnapshot({ endpointTypes: ["REGIONAL"] }), "prod", (settings) => ({ ...settings, webAclArn: null }));

describe("security.no-waf", () => {
  it("stays silent when the protected stage has a web ACL", () => {
    expect(noWafRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a protected stage of a regional API with no web ACL", () => {
    const [finding, ...rest] = noWafRule.evaluate(withoutWaf());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "security.no-waf:stage:prod", severity: "medium", category: "security", fix: null });
    expect(finding!.evidence).toEqual(["Stage prod: no web ACL associated", "Endpoint type: REGIONAL"]);
  });

  it("says in the sandbox that WAF only exists on AWS", () => {
    const snapshot = { ...withoutWaf(), environment: { kind: "sandbox" as const, region: "us-east-1" } };
    expect(noWafRule.evaluate(snapshot)[0]!.evidence[2]).toBe("The sandbox has no AWS WAF: this matters once the API runs on AWS");
  });

  it("stays silent on a PRIVATE API and on unprotected stages", () => {
    expect(noWafRule.evaluate({ ...withoutWaf(), endpointTypes: ["PRIVATE"] })).toEqual([]);
    expect(noWafRule.evaluate({ ...withoutWaf(), protectedStages: [] })).toEqual([]);
  });
});
