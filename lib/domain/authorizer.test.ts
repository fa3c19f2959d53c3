import { describe, expect, it } from "vitest";
import { functionArnOf, identitySourceValue, lambdaAuthorizerUri, parseIdentitySources } from "./authorizer";

describe("authorizer helpers", () => {
  it("turns a function ARN into API Gateway's invocation URI, and back for display", () => {
    const arn = "arn:aws:lambda:eu-west-1:123456789012:function:auth";
    const uri = lambdaAuthorizerUri(arn);
    expect(uri).toBe("arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:auth/invocations");
    expect(lambdaAuthorizerUri(uri!)).toBe(uri);
    expect(functionArnOf(uri)).toBe(arn);
    expect(lambdaAuthorizerUri("auth")).toBeNull();
  });

  it("keeps identity sources as one comma-separated string", () => {
    expect(identitySourceValue([" method.request.header.Authorization", "method.request.querystring.key", ""])).toBe("method.request.header.Authorization, method.request.querystring.key");
    expect(parseIdentitySources("method.request.header.A,method.request.header.B")).toEqual(["method.request.header.A", "method.request.header.B"]);
  });
});
