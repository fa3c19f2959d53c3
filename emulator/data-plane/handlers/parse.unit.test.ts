import { describe, expect, it } from "vitest";
import { callerScope } from "../../protocol/sigv4-scope";
import { requestUrl } from "../../protocol/request-url";
import { parseExecuteApiCall } from "./parse";

const call = (target: string, host = "localhost:4566") => ({
  method: "GET",
  url: requestUrl(target, host),
  headers: { host },
  body: Buffer.alloc(0),
  caller: callerScope(undefined),
  requestId: "r-1",
  sourceIp: "::ffff:127.0.0.1",
});

const parsed = (target: string, host?: string) => {
  const result = parseExecuteApiCall(call(target, host));
  return result && { apiId: result.apiId, stageName: result.stageName, path: result.request.path, domainName: result.request.domainName };
};

describe("parseExecuteApiCall", () => {
  it.each([
    ["/_aws/execute-api/abc123/prod/pets/42", { apiId: "abc123", stageName: "prod", path: "/pets/42", domainName: "localhost" }],
    ["/_aws/execute-api/abc123/prod/pets//42/", { apiId: "abc123", stageName: "prod", path: "/pets//42/", domainName: "localhost" }],
    ["/_aws/execute-api/abc123/prod/", { apiId: "abc123", stageName: "prod", path: "/", domainName: "localhost" }],
    ["/_aws/execute-api/abc123/prod", { apiId: "abc123", stageName: "prod", path: "/", domainName: "localhost" }],
    ["/_aws/execute-api/abc123/my%20stage/x", { apiId: "abc123", stageName: "my stage", path: "/x", domainName: "localhost" }],
  ])("reads %s in the path form", (target, expected) => {
    expect(parsed(target)).toEqual(expected);
  });

  it.each(["/_aws/execute-api/abc123", "/_aws/execute-api/abc123/", "/_aws/execute-api//prod/x", "/_aws/execute-api/"])("finds no stage in %s", (target) => {
    expect(parsed(target)).toBeUndefined();
  });

  it("reads the API from an {api}.execute-api.localhost host", () => {
    const host = "abc123.execute-api.localhost:4566";
    expect(parsed("/prod/pets", host)).toEqual({ apiId: "abc123", stageName: "prod", path: "/pets", domainName: "abc123.execute-api.localhost" });
    expect(parsed("/prod", host)).toEqual({ apiId: "abc123", stageName: "prod", path: "/", domainName: "abc123.execute-api.localhost" });
    expect(parsed("/", host)).toBeUndefined();
  });
});
