import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache";

describe("TtlCache", () => {
  it("serves an entry until its TTL passes", () => {
    const cache = new TtlCache<string>();
    cache.put("k", "v", 10, 0);
    expect(cache.get("k", 9_999)).toBe("v");
    expect(cache.get("k", 10_000)).toBeUndefined();
  });

  it("drops entries stored before the owner was flushed", () => {
    const cache = new TtlCache<string>();
    cache.put("k", "v", 60, 1_000);
    expect(cache.get("k", 2_000, 500)).toBe("v");
    expect(cache.get("k", 2_000, 1_500)).toBeUndefined();
  });

  it("does not store with a TTL of zero", () => {
    const cache = new TtlCache<string>();
    cache.put("k", "v", 0, 0);
    expect(cache.get("k", 0)).toBeUndefined();
  });

  it("stays within its bound under ever-new keys: expired entries go first, then the oldest", () => {
    const cache = new TtlCache<number>(100);
    for (let i = 0; i < 50; i++) cache.put(`short${i}`, i, 1, 0);
    for (let i = 0; i < 1_000; i++) cache.put(`key${i}`, i, 300, 2_000);
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(cache.get("short0", 2_000)).toBeUndefined();
    expect(cache.get("key999", 2_000)).toBe(999);
    expect(cache.get("key0", 2_000)).toBeUndefined();
  });
});
