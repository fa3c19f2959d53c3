import { describe, expect, it } from "vitest";
import { readProxyResult } from "./aws-proxy";
import { isBinary } from "./lambda-event";

describe("readProxyResult", () => {
  it("reads status, single and multi-value headers and the body", () => {
    const response = readProxyResult({ statusCode: 201, headers: { "X-A": "1" }, multiValueHeaders: { "Set-Cookie": ["a=1", "b=2"] }, body: "hi" });
    expect(response?.statusCode).toBe(201);
    expect(response?.headers).toEqual({ "x-a": ["1"], "set-cookie": ["a=1", "b=2"] });
    expect(response?.body.toString()).toBe("hi");
  });

  it("decodes a base64 body", () => {
    expect(readProxyResult({ statusCode: 200, body: "aGk=", isBase64Encoded: true })?.body.toString()).toBe("hi");
  });

  it("refuses a body that is not a string, a bad status, or something that is not an object", () => {
    expect(readProxyResult({ statusCode: 200, body: { a: 1 } })).toBeUndefined();
    expect(readProxyResult({ statusCode: "abc" })).toBeUndefined();
    expect(readProxyResult("hello")).toBeUndefined();
    expect(readProxyResult(null)).toBeUndefined();
  });
});

describe("isBinary", () => {
  it("matches the API's binary media types, wildcards included", () => {
    expect(isBinary("image/png", ["image/*"])).toBe(true);
    expect(isBinary("application/octet-stream; x=1", ["application/octet-stream"])).toBe(true);
    expect(isBinary("application/json", ["image/*"])).toBe(false);
    expect(isBinary("image/png", undefined)).toBe(false);
  });
});
