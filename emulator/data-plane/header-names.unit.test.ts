import { describe, expect, it } from "vitest";
import { displayHeaderName } from "./header-names";

describe("displayHeaderName", () => {
  it("capitalises each word of a header name", () => {
    expect(displayHeaderName("content-type")).toBe("Content-Type");
    expect(displayHeaderName("access-control-allow-origin")).toBe("Access-Control-Allow-Origin");
  });

  it("spells AWS's own headers as AWS does", () => {
    expect(displayHeaderName("x-amzn-errortype")).toBe("x-amzn-ErrorType");
    expect(displayHeaderName("x-amzn-RequestId")).toBe("x-amzn-RequestId");
  });

  it("answers the same when asked again (names are remembered)", () => {
    expect(displayHeaderName("x-custom-header")).toBe("X-Custom-Header");
    expect(displayHeaderName("x-custom-header")).toBe("X-Custom-Header");
    expect(displayHeaderName("x-amzn-errortype")).toBe("x-amzn-ErrorType");
  });
});
