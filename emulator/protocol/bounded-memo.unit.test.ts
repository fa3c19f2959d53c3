import { describe, expect, it, vi } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes each key once, undefined answers included", () => {
    const compute = vi.fn((key: string) => (key.startsWith("x") ? undefined : key.length));
    const memo = boundedMemo(10, compute);
    expect([memo("abc"), memo("abc"), memo("xyz"), memo("xyz")]).toEqual([3, 3, undefined, undefined]);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("starts afresh past its limit instead of growing", () => {
    const compute = vi.fn((key: string) => key.toUpperCase());
    const memo = boundedMemo(2, compute);
    memo("a");
    memo("b");
    memo("c");
    memo("a");
    // "c" cleared the two before it, so "a" was computed again; "c" is still remembered.
    memo("c");
    expect(compute.mock.calls.map(([key]) => key)).toEqual(["a", "b", "c", "a"]);
  });
});
