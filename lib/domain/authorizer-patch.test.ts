import { describe, expect, it } from "vitest";
import type { AuthorizerSummary } from "./authorizer";
import { authorizerPatch } from "./authorizer-patch";

const token: AuthorizerSummary = {
  id: "a1",
  name: "jwt",
  type: "TOKEN",
  authorizerUri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations",
  providerArns: [],
  identitySources: ["method.request.header.Authorization"],
  identityValidationExpression: null,
  resultTtlSeconds: 300,
};
const pool = (id: string) => `arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_${id}`;

describe("authorizer patch", () => {
  it("sends nothing when nothing changed", () => {
    expect(authorizerPatch(token, token)).toEqual([]);
  });

  it("replaces only the fields that changed", () => {
    expect(authorizerPatch(token, { ...token, name: "jwt-v2", resultTtlSeconds: 0, identityValidationExpression: "^Bearer .+$" })).toEqual([
      { op: "replace", path: "/name", value: "jwt-v2" },
      { op: "replace", path: "/identityValidationExpression", value: "^Bearer .+$" },
      { op: "replace", path: "/authorizerResultTtlInSeconds", value: "0" },
    ]);
  });

  it("adds and removes Cognito pools one by one, as UpdateAuthorizer takes them", () => {
    const cognito: AuthorizerSummary = { ...token, type: "COGNITO_USER_POOLS", authorizerUri: null, providerArns: [pool("A"), pool("B")] };
    expect(authorizerPatch(cognito, { ...cognito, providerArns: [pool("B"), pool("C")] })).toEqual([
      { op: "add", path: `/providerARNs/${pool("C")}` },
      { op: "remove", path: `/providerARNs/${pool("A")}` },
    ]);
  });
});
