import { describe, expect, it } from "vitest";
import { InvokeUrlRefused, stageInvokeBase, stageRequestUrl } from "./stage-invoke-url";

const sandbox = { kind: "sandbox" as const, region: "us-east-1", endpointUrl: "http://127.0.0.1:4566" };
const aws = { kind: "aws" as const, region: "eu-west-1" };

describe("stageInvokeBase", () => {
  it("serves a sandbox stage under the sandbox's execute-api path", () => {
    expect(stageInvokeBase(sandbox, "a1b2c3d4e5", "prod")).toBe("http://127.0.0.1:4566/_aws/execute-api/a1b2c3d4e5/prod");
  });

  it("serves an AWS stage from execute-api in the environment's region, ignoring any custom endpoint", () => {
    expect(stageInvokeBase({ ...aws, endpointUrl: "http://169.254.169.254" }, "a1b2c3d4e5", "v1")).toBe("https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/v1");
  });

  it("refuses API ids, stage names and regions that could change the host or path", () => {
    expect(() => stageInvokeBase(aws, "evil.com/x", "v1")).toThrow(InvokeUrlRefused);
    expect(() => stageInvokeBase(aws, "a1b2c3d4e5", "../other")).toThrow(InvokeUrlRefused);
    expect(() => stageInvokeBase(aws, "a1b2c3d4e5", "v1@evil.com")).toThrow(InvokeUrlRefused);
    expect(() => stageInvokeBase({ kind: "aws", region: "evil.com#" }, "a1b2c3d4e5", "v1")).toThrow(InvokeUrlRefused);
  });
});

describe("stageRequestUrl", () => {
  const base = "http://127.0.0.1:4566/_aws/execute-api/a1b2c3d4e5/prod";

  it("appends the resource path and keeps the query string", () => {
    expect(stageRequestUrl(base, "/pets/7?q=a%20b&x=1").href).toBe(`${base}/pets/7?q=a%20b&x=1`);
    expect(stageRequestUrl(base, "/").href).toBe(`${base}/`);
  });

  it.each([
    ["an absolute URL", "http://169.254.169.254/latest/meta-data"],
    ["a protocol-relative path", "//evil.example/x"],
    ["a relative path", "pets"],
    ["a dot-dot segment into another API", "/../../otherapi/prod/pets"],
    ["an encoded dot-dot segment", "/%2e%2e/%2E%2E/other/prod"],
    ["an encoded slash", "/pets%2F..%2F..%2Fx"],
    ["a backslash", "/..\\..\\x"],
    ["a newline (header injection)", "/pets\r\nHost: evil"],
    ["a malformed encoding", "/pets/%zz"],
  ])("refuses %s", (_label, path) => {
    expect(() => stageRequestUrl(base, path)).toThrow(InvokeUrlRefused);
  });

  it("keeps a user-info lookalike inside the path, on the stage's host", () => {
    const url = stageRequestUrl(base, "/@evil.example/x");
    expect(url.host).toBe("127.0.0.1:4566");
    expect(url.pathname).toBe("/_aws/execute-api/a1b2c3d4e5/prod/@evil.example/x");
  });
});
