import { describe, expect, it } from "vitest";
import { findStageVariableRefs, hardCodedHost, splitStageVariableRefs } from "./stage-variable-refs";

describe("findStageVariableRefs", () => {
  it("finds each reference with its position", () => {
    const uri = "https://${stageVariables.host}/v1/${stageVariables.version}/pets";
    expect(findStageVariableRefs(uri)).toEqual([
      { name: "host", start: 8, end: 30 },
      { name: "version", start: 34, end: 59 },
    ]);
  });

  it("ignores a malformed reference", () => {
    expect(findStageVariableRefs("https://$stageVariables.host/${stageVariables.}")).toEqual([]);
  });

  it("splits text into plain pieces and references for highlighting", () => {
    expect(splitStageVariableRefs("a${stageVariables.x}b")).toEqual([
      { text: "a", ref: null },
      { text: "${stageVariables.x}", ref: "x" },
      { text: "b", ref: null },
    ]);
  });
});

describe("hardCodedHost", () => {
  it("warns about a literal host in an HTTP or HTTP_PROXY URI", () => {
    expect(hardCodedHost("HTTP_PROXY", "https://api.example.com/pets/{id}")).toBe("api.example.com");
    expect(hardCodedHost("HTTP", "http://user@10.0.0.5:8080")).toBe("10.0.0.5:8080");
  });

  it("accepts a host taken from a stage variable", () => {
    expect(hardCodedHost("HTTP", "https://${stageVariables.backend}/pets")).toBeNull();
  });

  it("does not apply to other integration types", () => {
    expect(hardCodedHost("AWS_PROXY", "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/x/invocations")).toBeNull();
    expect(hardCodedHost("MOCK", "https://api.example.com")).toBeNull();
  });
});
