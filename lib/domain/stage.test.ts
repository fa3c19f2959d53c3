import { describe, expect, it } from "vitest";
import { invokeUrl, stageNamePattern, undeployedChangesLabel } from "./stage";

describe("undeployedChangesLabel", () => {
  it("says change for one and changes otherwise", () => {
    expect(undeployedChangesLabel(1)).toBe("1 undeployed change");
    expect(undeployedChangesLabel(4)).toBe("4 undeployed changes");
  });
});

describe("invokeUrl", () => {
  it("uses the sandbox's path-style URL and AWS's execute-api host", () => {
    expect(invokeUrl({ kind: "sandbox", region: "us-east-1", endpointUrl: "http://localhost:4566/" }, "abc", "dev")).toBe("http://localhost:4566/_aws/execute-api/abc/dev/");
    expect(invokeUrl({ kind: "aws", region: "eu-west-1" }, "abc", "prod")).toBe("https://abc.execute-api.eu-west-1.amazonaws.com/prod/");
  });
});

describe("stageNamePattern", () => {
  it("accepts AWS's stage-name characters and refuses others", () => {
    expect(stageNamePattern.test("prod_v2-eu")).toBe(true);
    expect(stageNamePattern.test("pro d")).toBe(false);
    expect(stageNamePattern.test("a".repeat(129))).toBe(false);
  });
});
