import { describe, expect, it } from "vitest";
import { advisorSnapshot } from "../snapshot-fixtures.test-support";
import { domainTlsRule } from "./security-domain-tls";

describe("security.domain-tls-1-0", () => {
  it("stays silent on a TLS 1.2 domain", () => {
    expect(domainTlsRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a TLS 1.0 domain and plans UpdateDomainName to TLS_1_2", () => {
    const snapshot = advisorSnapshot({ domains: [{ domainName: "legacy.example.com", securityPolicy: "TLS_1_0", endpointType: "EDGE", mappings: [{ basePath: "v1", stageName: "prod" }] }] });
    const [finding, ...rest] = domainTlsRule.evaluate(snapshot);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "security.domain-tls-1-0:domain:legacy.example.com", severity: "high", category: "security" });
    expect(finding!.evidence).toEqual(["legacy.example.com: security policy TLS_1_0 (EDGE)"]);
    expect(finding!.fix!.plan.steps.map((step) => step.call)).toEqual([
      { operation: "UpdateDomainName", input: { domainName: "legacy.example.com", patchOperations: [{ op: "replace", path: "/securityPolicy", value: "TLS_1_2" }] } },
    ]);
  });
});
