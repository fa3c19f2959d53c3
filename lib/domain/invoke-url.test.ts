import { describe, expect, it } from "vitest";
import { stageInvokeUrl } from "./invoke-url";

const sandbox = { kind: "sandbox", endpointUrl: "http://127.0.0.1:4566" } as const;

describe("stageInvokeUrl", () => {
  it("builds the sandbox's execute-api URL and AWS's regional host", () => {
    expect(stageInvokeUrl(sandbox, "abc123", "prod", "/pets/1")?.href).toBe("http://127.0.0.1:4566/_aws/execute-api/abc123/prod/pets/1");
    expect(stageInvokeUrl({ kind: "aws", region: "eu-west-1" }, "abc123", "prod", "/")?.href).toBe("https://abc123.execute-api.eu-west-1.amazonaws.com/prod/");
  });

  it("refuses anything that could leave the stage: other hosts, dot segments, encoded slashes, queries", () => {
    for (const path of ["pets", "//evil.example/x", "/../other", "/a/./b", "/a%2f..", "/a?x=1", "/a#b", "/a\\b"]) {
      expect(stageInvokeUrl(sandbox, "abc123", "prod", path)).toBeNull();
    }
    expect(stageInvokeUrl(sandbox, "abc.evil.com", "prod", "/")).toBeNull();
    expect(stageInvokeUrl(sandbox, "abc123", "prod/../x", "/")).toBeNull();
    expect(stageInvokeUrl({ kind: "aws", region: "evil.com/" }, "abc123", "prod", "/")).toBeNull();
  });
});
