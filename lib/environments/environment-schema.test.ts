import { describe, expect, it } from "vitest";
import { environmentFieldsSchema } from "./environment-schema";

const base = { name: "Production", region: "eu-west-1", credentialsSource: "default" };

function fieldErrors(input: unknown) {
  const result = environmentFieldsSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("environment fields", () => {
  it("accepts a default-chain environment and leaves it unprotected unless asked", () => {
    expect(environmentFieldsSchema.parse(base)).toEqual({ ...base, protected: false, profile: undefined, roleArn: undefined, endpointUrl: undefined });
  });

  it("requires a profile name for the profile source", () => {
    expect(fieldErrors({ ...base, credentialsSource: "profile" })).toEqual({ profile: "Enter the profile name." });
  });

  it("requires a well-formed role ARN for the role source", () => {
    expect(fieldErrors({ ...base, credentialsSource: "role" })).toEqual({ roleArn: "Enter the role ARN to assume." });
    expect(fieldErrors({ ...base, credentialsSource: "role", roleArn: "arn:aws:iam::12:role/x" })).toHaveProperty("roleArn");
    expect(environmentFieldsSchema.parse({ ...base, credentialsSource: "role", roleArn: "arn:aws:iam::123456789012:role/Console" }).roleArn).toBe(
      "arn:aws:iam::123456789012:role/Console",
    );
  });

  it("drops fields the chosen source does not use", () => {
    const parsed = environmentFieldsSchema.parse({ ...base, credentialsSource: "profile", profile: "dev", roleArn: "arn:aws:iam::123456789012:role/Old" });
    expect(parsed.profile).toBe("dev");
    expect(parsed.roleArn).toBeUndefined();
  });

  it("treats empty optional fields as not given", () => {
    expect(environmentFieldsSchema.parse({ ...base, endpointUrl: "  " }).endpointUrl).toBeUndefined();
  });

  it("rejects a region that is not a region code and an endpoint that is not http(s)", () => {
    expect(fieldErrors({ ...base, region: "Ireland", endpointUrl: "ftp://x" })).toEqual({
      region: "Enter an AWS region code such as us-east-1.",
      endpointUrl: "Enter an http:// or https:// URL.",
    });
  });

  it("keeps the name Sandbox for the built-in environment", () => {
    expect(fieldErrors({ ...base, name: "sandbox" })).toEqual({ name: "The name Sandbox belongs to the built-in environment." });
  });
});
