import { describe, expect, it } from "vitest";
import { createUserSchema, signInSchema } from "./user-schemas";

describe("user schemas", () => {
  it("normalises an email to lower case without surrounding spaces", () => {
    expect(signInSchema.parse({ email: "  Ada@Example.COM ", password: "x" }).email).toBe("ada@example.com");
  });

  it("rejects a malformed email with a readable message", () => {
    const result = signInSchema.safeParse({ email: "ada", password: "x" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter a valid email address.");
  });

  it("asks for at least 12 characters in a new password", () => {
    const result = createUserSchema.safeParse({ email: "a@b.co", name: "A", password: "short", role: "viewer" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["password", "Use at least 12 characters."]]);
  });

  it("accepts only the four roles", () => {
    const result = createUserSchema.safeParse({ email: "a@b.co", name: "A", password: "long enough password", role: "root" });
    expect(result.error?.issues[0]?.path).toEqual(["role"]);
  });
});
