import { describe, expect, it } from "vitest";
import { advisorSnapshot } from "../snapshot-fixtures.test-support";
import { executeApiOnlyRule } from "./security-execute-api-only";

describe("security.execute-api-only", () => {
  it("stays silent when a custom domain maps to the protected stage", () => {
    expect(executeApiOnlyRule.evaluate(advisorSnapshot())).toEqual([]);
  });

  it("fires on a protected stage no domain maps to", () => {
    const [finding, ...rest] = executeApiOnlyRule.evaluate(advisorSnapshot({ domains: [] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "security.execute-api-only:stage:prod", severity: "low", category: "security", fix: null });
    expect(finding!.evidence).toEqual(["Stage prod: no custom domain maps to it", "The API has no custom domain"]);
  });

  it("fires when the API's domain maps only another stage", () => {
    const snapshot = advisorSnapshot({ domains: [{ domainName: "api.example.com", securityPolicy: "TLS_1_2", endpointType: "REGIONAL", mappings: [{ basePath: "(none)", stageName: "dev" }] }] });
    expect(executeApiOnlyRule.evaluate(snapshot)[0]!.evidence).toEqual(["Stage prod: no custom domain maps to it", "Custom domains of this API: api.example.com"]);
  });
});
