import { describe, expect, it } from "vitest";
import { bareMethod, defaultMethod, lambdaIntegrationUri } from "./default-method";
import { describeStep, planMethodSave } from "./method-patch";

describe("defaultMethod", () => {
  it("sets up a MOCK answering 200 in the order AWS accepts", () => {
    const plan = planMethodSave(bareMethod("GET"), defaultMethod("GET", { kind: "MOCK" }));
    expect(plan.map(describeStep)).toEqual(["PutIntegration: MOCK", "PutMethodResponse 200", "PutIntegrationResponse 200"]);
    expect(plan[0]).toMatchObject({ integration: { requestTemplates: { "application/json": '{"statusCode": 200}' } } });
  });

  it("proxies to HTTP with the client's verb and to Lambda with POST", () => {
    expect(defaultMethod("PUT", { kind: "HTTP_PROXY", uri: " https://example.com/x " }).integration).toMatchObject({ type: "HTTP_PROXY", httpMethod: "PUT", uri: "https://example.com/x" });
    expect(defaultMethod("GET", { kind: "LAMBDA_PROXY", uri: "arn:aws:lambda:eu-west-1:123456789012:function:hello" }).integration).toMatchObject({
      type: "AWS_PROXY",
      httpMethod: "POST",
      uri: "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:hello/invocations",
    });
  });
});

describe("lambdaIntegrationUri", () => {
  it("keeps a full integration URI as given", () => {
    const uri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations";
    expect(lambdaIntegrationUri(uri)).toBe(uri);
  });
});
