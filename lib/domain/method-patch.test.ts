import { describe, expect, it } from "vitest";
import { mockGet, mockIntegration } from "./method-fixtures.test-support";
import { describeStep, fieldOfStep, planMethodSave, pointerSegment } from "./method-patch";

describe("planMethodSave", () => {
  it("plans nothing when nothing changed", () => {
    expect(planMethodSave(mockGet(), mockGet())).toEqual([]);
  });

  it("puts method request changes into one UpdateMethod with string values and escaped content types", () => {
    const after = mockGet({
      authorizationType: "AWS_IAM",
      apiKeyRequired: true,
      requestParameters: { "method.request.querystring.q": true },
      requestModels: { "application/json": "Pet" },
      requestValidatorId: "v1",
    });
    expect(planMethodSave(mockGet(), after)).toEqual([
      {
        kind: "UpdateMethod",
        patchOperations: [
          { op: "replace", path: "/authorizationType", value: "AWS_IAM" },
          { op: "replace", path: "/apiKeyRequired", value: "true" },
          { op: "replace", path: "/requestValidatorId", value: "v1" },
          { op: "add", path: "/requestParameters/method.request.querystring.q", value: "true" },
          { op: "add", path: "/requestModels/application~1json", value: "Pet" },
        ],
      },
    ]);
  });

  it("removes what was deleted and replaces what was changed in maps", () => {
    const before = mockGet({ requestParameters: { "method.request.header.a": false, "method.request.header.b": true } });
    const after = mockGet({ requestParameters: { "method.request.header.a": true } });
    expect(planMethodSave(before, after)[0]).toEqual({
      kind: "UpdateMethod",
      patchOperations: [
        { op: "replace", path: "/requestParameters/method.request.header.a", value: "true" },
        { op: "remove", path: "/requestParameters/method.request.header.b" },
      ],
    });
  });

  it("sets and clears an AWS integration's execution role with one patch each", () => {
    const aws = mockGet({ integration: mockIntegration({ type: "AWS", httpMethod: "POST", uri: "arn:aws:apigateway:us-east-1:sqs:path/123456789012/orders" }) });
    const withRole = mockGet({ integration: mockIntegration({ ...aws.integration!, credentials: "arn:aws:iam::123456789012:role/api-sqs" }) });
    expect(planMethodSave(aws, withRole)).toEqual([{ kind: "UpdateIntegration", patchOperations: [{ op: "replace", path: "/credentials", value: "arn:aws:iam::123456789012:role/api-sqs" }] }]);
    expect(planMethodSave(withRole, aws)).toEqual([{ kind: "UpdateIntegration", patchOperations: [{ op: "replace", path: "/credentials", value: "" }] }]);
  });

  it("patches the integration when its type stays, and puts a whole new one when its type changes", () => {
    const template = mockGet({ integration: mockIntegration({ timeoutInMillis: 5000, requestTemplates: { "application/json": "{}" } }) });
    expect(planMethodSave(mockGet(), template)).toEqual([
      {
        kind: "UpdateIntegration",
        patchOperations: [
          { op: "replace", path: "/timeoutInMillis", value: "5000" },
          { op: "replace", path: "/requestTemplates/application~1json", value: "{}" },
        ],
      },
    ]);
    const http = mockGet({ integration: mockIntegration({ type: "HTTP_PROXY", httpMethod: "GET", uri: "https://${stageVariables.host}/x" }) });
    const [step] = planMethodSave(mockGet(), http);
    expect(step).toMatchObject({ kind: "PutIntegration", integration: { type: "HTTP_PROXY", uri: "https://${stageVariables.host}/x" } });
    expect(step && "integration" in step && "integrationResponses" in step.integration).toBe(false);
  });

  it("declares a method response before the integration response that uses it, and deletes integration responses first", () => {
    const before = mockGet();
    const after = mockGet({
      methodResponses: { "404": { statusCode: "404", responseParameters: { "method.response.header.X-Why": false }, responseModels: {} } },
      integration: mockIntegration({
        integrationResponses: {
          "404": { statusCode: "404", selectionPattern: ".*missing.*", responseParameters: { "method.response.header.X-Why": "'gone'" }, responseTemplates: {}, contentHandling: null },
        },
      }),
    });
    expect(planMethodSave(before, after).map((step) => describeStep(step))).toEqual([
      "PutMethodResponse 404",
      "PutIntegrationResponse 404",
      "DeleteIntegrationResponse 200",
      "DeleteMethodResponse 200",
    ]);
  });

  it("updates an integration response's template in place", () => {
    const after = mockGet({
      integration: mockIntegration({
        integrationResponses: { "200": { statusCode: "200", selectionPattern: "", responseParameters: {}, responseTemplates: { "application/json": '{"ok": true}' }, contentHandling: null } },
      }),
    });
    expect(planMethodSave(mockGet(), after)).toEqual([
      { kind: "UpdateIntegrationResponse", statusCode: "200", patchOperations: [{ op: "add", path: "/responseTemplates/application~1json", value: '{"ok": true}' }] },
    ]);
  });

  it("adds and removes authorization scopes one by one", () => {
    const before = mockGet({ authorizationType: "COGNITO_USER_POOLS", authorizerId: "a1", authorizationScopes: ["read"] });
    const after = { ...before, authorizationScopes: ["write"] };
    expect(planMethodSave(before, after)).toEqual([
      {
        kind: "UpdateMethod",
        patchOperations: [
          { op: "add", path: "/authorizationScopes", value: "write" },
          { op: "remove", path: "/authorizationScopes", value: "read" },
        ],
      },
    ]);
  });
});

describe("pointerSegment", () => {
  it("escapes ~ before / as JSON Pointer requires", () => {
    expect(pointerSegment("a~b/c")).toBe("a~0b~1c");
  });
});

describe("fieldOfStep", () => {
  it("names the one field a refused step changes, and nothing when it changes several", () => {
    expect(fieldOfStep({ kind: "UpdateIntegration", patchOperations: [{ op: "replace", path: "/uri", value: "x" }] })).toBe("integration.uri");
    expect(fieldOfStep({ kind: "UpdateMethod", patchOperations: [{ op: "replace", path: "/authorizerId", value: "a" }] })).toBe("authorizerId");
    const two = { kind: "UpdateMethod" as const, patchOperations: [{ op: "replace" as const, path: "/authorizerId", value: "a" }, { op: "replace" as const, path: "/operationName", value: "b" }] };
    expect(fieldOfStep(two)).toBeNull();
    expect(fieldOfStep({ kind: "DeleteMethodResponse", statusCode: "404" })).toBeNull();
  });
});
