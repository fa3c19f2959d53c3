import { describe, expect, it } from "vitest";
import { advisorSnapshot, resource, securedMethod, stage, withResources } from "../snapshot-fixtures.test-support";
import { noVersionRule } from "./versioning-no-version";

const unversioned = () => advisorSnapshot({ domains: [{ domainName: "api.example.com", securityPolicy: "TLS_1_2", endpointType: "REGIONAL", mappings: [{ basePath: "(none)", stageName: "prod" }] }] });

describe("versioning.no-version", () => {
  it("stays silent with a version base path, a /v2 resource, or a single stage", () => {
    expect(noVersionRule.evaluate(advisorSnapshot())).toEqual([]);
    expect(noVersionRule.evaluate(withResources(unversioned(), [resource("root", "/", []), resource("res-v2", "/v2", []), resource("res-pets", "/v2/pets", [securedMethod("GET")])]))).toEqual([]);
    expect(noVersionRule.evaluate({ ...unversioned(), stages: [stage("prod")] })).toEqual([]);
  });

  it("fires on several stages with no version in any base path or first path segment", () => {
    const [finding, ...rest] = noVersionRule.evaluate(unversioned());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ key: "versioning.no-version:api", severity: "low", category: "versioning", fix: null });
    expect(finding!.evidence).toEqual(["2 stages: dev, prod", "Base path mappings: api.example.com/(none) -> prod", "First path segments: /pets"]);
  });
});
