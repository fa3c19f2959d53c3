import { describe, expect, it } from "vitest";
import { hasRole, isRole, roles } from "./roles";

describe("roles", () => {
  it("orders viewer < editor < deployer < admin", () => {
    expect(roles).toEqual(["viewer", "editor", "deployer", "admin"]);
  });

  it("grants a role everything the roles below it can do", () => {
    expect(hasRole("admin", "viewer")).toBe(true);
    expect(hasRole("deployer", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
  });

  it("refuses a role what the roles above it can do", () => {
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("editor", "deployer")).toBe(false);
    expect(hasRole("deployer", "admin")).toBe(false);
  });

  it("recognises only the four role names", () => {
    expect(isRole("admin")).toBe(true);
    expect(isRole("root")).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
