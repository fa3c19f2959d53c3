import { describe, expect, it } from "vitest";
import { evaluatePolicy, methodArn } from "./authorizer-policy";

const arn = methodArn("us-east-1", "000000000000", "abc123", "prod", "GET", "/pets/1");
const policy = (Effect: string, Resource: string | string[], Action: string | string[] = "execute-api:Invoke") => ({
  Version: "2012-10-17",
  Statement: [{ Effect, Action, Resource }],
});

describe("evaluatePolicy", () => {
  it("builds the method ARN authorizers see", () => {
    expect(arn).toBe("arn:aws:execute-api:us-east-1:000000000000:abc123/prod/GET/pets/1");
  });

  it("allows with a matching wildcard resource", () => {
    expect(evaluatePolicy(policy("Allow", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/GET/*"), arn)).toBe("allow");
  });

  it("lets an explicit deny win over an allow", () => {
    const both = { Statement: [...policy("Allow", "*").Statement, ...policy("Deny", arn).Statement] };
    expect(evaluatePolicy(both, arn)).toBe("deny");
  });

  it("denies implicitly when no statement covers the method", () => {
    expect(evaluatePolicy(policy("Allow", "arn:aws:execute-api:us-east-1:000000000000:abc123/*/POST/*"), arn)).toBe("implicit-deny");
    expect(evaluatePolicy(policy("Allow", "*", "s3:GetObject"), arn)).toBe("implicit-deny");
    expect(evaluatePolicy(undefined, arn)).toBe("implicit-deny");
  });

  it("accepts a single statement object and execute-api:* actions", () => {
    expect(evaluatePolicy({ Statement: { Effect: "Allow", Action: "execute-api:*", Resource: [arn] } }, arn)).toBe("allow");
  });
});
