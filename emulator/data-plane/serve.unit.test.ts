import { describe, expect, it } from "vitest";
import { newExtendedRequestId } from "./serve";

describe("newExtendedRequestId", () => {
  it("gives distinct ids that are exactly the base64 of 11 bytes, across more than one draw of random bytes", () => {
    const ids = Array.from({ length: 1_500 }, () => newExtendedRequestId());
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9+/]{15}=$/);
      const bytes = Buffer.from(id, "base64");
      expect(bytes).toHaveLength(11);
      // Canonical: decoding and encoding again gives the same text, as it does for an id AWS sends.
      expect(bytes.toString("base64")).toBe(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});
