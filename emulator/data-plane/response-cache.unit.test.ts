import { describe, expect, it } from "vitest";
import { cacheKey } from "./response-cache";

const base = { httpMethod: "GET", resourcePath: "/pets", path: {}, query: { lang: ["en"], page: ["2"] }, headers: { accept: ["text/html"] } };

describe("cacheKey", () => {
  it("ignores parameters that are not cache key parameters", () => {
    expect(cacheKey({ ...base, cacheKeyParameters: [] })).toBe(cacheKey({ ...base, query: {}, cacheKeyParameters: [] }));
  });

  it("tells requests apart by their cache key parameters", () => {
    const keyed = { ...base, cacheKeyParameters: ["method.request.querystring.lang", "method.request.header.Accept"] };
    expect(cacheKey(keyed)).not.toBe(cacheKey({ ...keyed, query: { lang: ["fr"] } }));
    expect(cacheKey(keyed)).toBe(cacheKey({ ...keyed, query: { lang: ["en"], page: ["9"] } }));
  });

  it("tells methods and resources apart", () => {
    expect(cacheKey({ ...base, cacheKeyParameters: [] })).not.toBe(cacheKey({ ...base, httpMethod: "HEAD", cacheKeyParameters: [] }));
  });
});
