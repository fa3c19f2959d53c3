import { describe, expect, it } from "vitest";
import { ResponseCache, cacheKey } from "./response-cache";

const base = { httpMethod: "GET", resourcePath: "/pets", path: {}, query: { lang: ["en"], page: ["2"] }, headers: { accept: ["text/html"] } };
const response = { statusCode: 200, headers: {}, body: Buffer.from("x") };

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

describe("ResponseCache", () => {
  it("serves an entry until its TTL passes", () => {
    const cache = new ResponseCache();
    cache.put("k", response, 10, 0);
    expect(cache.get("k", 9_999)).toBe(response);
    expect(cache.get("k", 10_000)).toBeUndefined();
  });

  it("drops entries stored before the stage cache was flushed", () => {
    const cache = new ResponseCache();
    cache.put("k", response, 60, 1_000);
    expect(cache.get("k", 2_000, 500)).toBe(response);
    expect(cache.get("k", 2_000, 1_500)).toBeUndefined();
  });

  it("does not store with a TTL of zero or a body over 1 MB", () => {
    const cache = new ResponseCache();
    cache.put("zero", response, 0, 0);
    cache.put("big", { ...response, body: Buffer.alloc(1_048_577) }, 60, 0);
    expect(cache.get("zero", 0)).toBeUndefined();
    expect(cache.get("big", 0)).toBeUndefined();
  });
});
