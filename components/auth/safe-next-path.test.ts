import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./safe-next-path";

describe("signInPath", () => {
  it("carries the page and its query back through sign-in", () => {
    expect(signInPath("/audit?outcome=success")).toBe("/sign-in?next=%2Faudit%3Foutcome%3Dsuccess");
  });

  it("drops a way back that leaves the site, loops to sign-in, or is only the home page", () => {
    for (const path of ["//evil.example/x", "/\\evil.example", "https://evil.example", "/sign-in?next=/x", "/", null, undefined]) {
      expect(signInPath(path)).toBe("/sign-in");
    }
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site only", () => {
    expect(safeNextPath("/env/sandbox/apis")).toBe("/env/sandbox/apis");
    expect(safeNextPath("//evil.example")).toBeNull();
    expect(safeNextPath("/setup")).toBeNull();
  });
});
