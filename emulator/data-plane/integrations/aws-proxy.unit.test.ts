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

  it("keeps headers a function names like Object's members (__proto__, constructor) as headers", () => {
    // JSON.parse: in an object literal, __proto__ would set the prototype instead of naming a header.
    const response = readProxyResult(JSON.parse('{"statusCode":200,"headers":{"__proto__":"a","Constructor":"b"},"multiValueHeaders":{"toString":["c"]}}'));
    expect(Object.keys(response!.headers)).toEqual(["__proto__", "constructor", "tostring"]);
    expect(response!.headers["__proto__"]).toEqual(["a"]);
    expect(response!.headers["constructor"]).toEqual(["b"]);
    expect(response!.headers["x-absent"]).toBeUndefined();
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
