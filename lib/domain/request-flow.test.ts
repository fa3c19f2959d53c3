import { describe, expect, it } from "vitest";
import type { MethodPickerLists } from "./method-definition";
import { mockGet, mockIntegration } from "./method-fixtures.test-support";
import { buildRequestFlow, flowPartFrom, formatTimeout, pairResponses, summarizeIntegrationRequest, summarizeMethodRequest } from "./request-flow";

const pickers: MethodPickerLists = {
  authorizers: [],
  validators: [{ id: "v1", name: "body-only", validateBody: true, validateParameters: false }],
  models: [],
};

describe("summarizeMethodRequest", () => {
  it("lists authorization, API key, parameters and the validator's meaning", () => {
    const method = mockGet({
      authorizationType: "AWS_IAM",
      apiKeyRequired: true,
      requestParameters: { "method.request.querystring.a": true, "method.request.header.b": false },
      requestValidatorId: "v1",
    });
    expect(summarizeMethodRequest(method, pickers)).toBe("AWS_IAM · API key · 2 params · validator: body");
  });

  it("says only NONE for an open method", () => {
    expect(summarizeMethodRequest(mockGet(), pickers)).toBe("NONE");
  });
});

describe("pairResponses", () => {
  it("pairs integration and method responses by status, keeping unpaired ones", () => {
    const method = mockGet({
      methodResponses: {
        "200": { statusCode: "200", responseParameters: {}, responseModels: {} },
        "500": { statusCode: "500", responseParameters: {}, responseModels: {} },
      },
      integration: mockIntegration({
        integrationResponses: {
          "200": { statusCode: "200", selectionPattern: "", responseParameters: {}, responseTemplates: {}, contentHandling: null },
          "404": { statusCode: "404", selectionPattern: "Not.*", responseParameters: {}, responseTemplates: {}, contentHandling: null },
        },
      }),
    });
    expect(pairResponses(method).map((pair) => [pair.statusCode, Boolean(pair.integration), Boolean(pair.method)])).toEqual([
      ["200", true, true],
      ["404", true, false],
      ["500", false, true],
    ]);
  });
});

describe("buildRequestFlow", () => {
  it("summarises each of the six boxes of a MOCK method", () => {
    const flow = buildRequestFlow(mockGet(), pickers);
    expect(flow.map((box) => [box.title, box.summary])).toEqual([
      ["Client", "GET"],
      ["Method request", "NONE"],
      ["Integration request", "MOCK · 1 template"],
      ["Backend", "Mock: no backend"],
      ["Integration response", "200"],
      ["Method response", "200"],
    ]);
  });

  it("names the Lambda function and marks proxy responses as passed through", () => {
    const uri = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations";
    const method = mockGet({ integration: mockIntegration({ type: "AWS_PROXY", httpMethod: "POST", uri, requestTemplates: {}, integrationResponses: {} }), methodResponses: {} });
    const flow = buildRequestFlow(method, pickers);
    expect(flow.find((box) => box.key === "backend")?.summary).toBe("Lambda hello");
    expect(flow.find((box) => box.key === "integration-response")?.summary).toBe("Passed through (proxy)");
  });
});

describe("flowPartFrom", () => {
  it("falls back to the method request for a missing or unknown part", () => {
    expect(flowPartFrom("integration-request")).toBe("integration-request");
    expect(flowPartFrom("nonsense")).toBe("method-request");
    expect(flowPartFrom(null)).toBe("method-request");
  });
});

describe("summarizeIntegrationRequest", () => {
  it("shows a non-default timeout in seconds and counts mappings", () => {
    const method = mockGet({ integration: mockIntegration({ type: "HTTP", httpMethod: "GET", uri: "https://x", timeoutInMillis: 5000, requestParameters: { "integration.request.header.a": "'b'" } }) });
    expect(summarizeIntegrationRequest(method)).toBe("HTTP · GET · 5 s timeout · 1 mapping · 1 template");
  });

  it("leaves out a mock's timeout", () => {
    expect(summarizeIntegrationRequest(mockGet({ integration: mockIntegration({ timeoutInMillis: 5000 }) }))).toBe("MOCK · 1 template");
  });

  it("formats sub-second and fractional timeouts", () => {
    expect([formatTimeout(50), formatTimeout(12_500)]).toEqual(["50 ms", "12.5 s"]);
  });
});
