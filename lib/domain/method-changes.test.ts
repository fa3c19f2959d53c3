import { describe, expect, it } from "vitest";
import { describeChange, diffMethods } from "./method-changes";
import { mockGet, mockIntegration } from "./method-fixtures.test-support";

describe("diffMethods", () => {
  it("finds no change between equal versions", () => {
    expect(diffMethods(mockGet(), mockGet())).toEqual([]);
  });

  it("names each changed field with both values", () => {
    const after = mockGet({ apiKeyRequired: true, integration: mockIntegration({ timeoutInMillis: 3000 }) });
    expect(diffMethods(mockGet(), after).map(describeChange)).toEqual(["API key required: no → yes", "Timeout: 29000 ms → 3000 ms"]);
  });

  it("reports added and removed responses and parameters", () => {
    const before = mockGet();
    const after = mockGet({ requestParameters: { "method.request.querystring.q": true }, methodResponses: {} });
    expect(diffMethods(before, after).map(describeChange)).toEqual([
      "Request parameter method.request.querystring.q added: required",
      "Method response 200 removed",
      "Method response 200 model application/json removed",
    ]);
  });

  it("shortens a long template to one line", () => {
    const after = mockGet({ integration: mockIntegration({ requestTemplates: { "application/json": `{\n  "statusCode": 200,\n  "message": "${"x".repeat(80)}"\n}` } }) });
    const [change] = diffMethods(mockGet(), after).map(describeChange);
    expect(change).toMatch(/^Request mapping template application\/json: \{"statusCode": 200\} → \{ "statusCode": 200, "message": "x+…$/);
  });
});
