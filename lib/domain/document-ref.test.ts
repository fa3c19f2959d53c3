import { describe, expect, it } from "vitest";
import { documentRefLabel, formatDocumentRef, parseDocumentRef } from "./document-ref";

describe("parseDocumentRef", () => {
  it("reads every kind and round-trips through formatDocumentRef", () => {
    for (const text of ["working", "empty", "stage:prod_v2", "deployment:abc123"]) expect(formatDocumentRef(parseDocumentRef(text)!)).toBe(text);
    expect(documentRefLabel(parseDocumentRef("stage:dev")!)).toBe("stage dev");
  });

  it("refuses unknown kinds and names AWS would not accept", () => {
    expect(parseDocumentRef("stage:bad name")).toBeNull();
    expect(parseDocumentRef("deployment:")).toBeNull();
    expect(parseDocumentRef("branch:main")).toBeNull();
    expect(parseDocumentRef(null)).toBeNull();
  });
});
