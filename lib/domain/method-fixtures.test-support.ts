import { bareMethod } from "./default-method";
import type { IntegrationDefinition, MethodDefinition } from "./method-definition";

/** A MOCK GET answering 200, as the add-method dialog creates it; tests change what they need. */
export function mockGet(overrides: Partial<MethodDefinition> = {}): MethodDefinition {
  return {
    ...bareMethod("GET"),
    integration: mockIntegration(),
    methodResponses: { "200": { statusCode: "200", responseParameters: {}, responseModels: { "application/json": "Empty" } } },
    ...overrides,
  };
}

export function mockIntegration(overrides: Partial<IntegrationDefinition> = {}): IntegrationDefinition {
  return {
    type: "MOCK",
    httpMethod: null,
    uri: "",
    passthroughBehavior: "WHEN_NO_MATCH",
    timeoutInMillis: 29_000,
    credentials: "",
    contentHandling: null,
    requestParameters: {},
    requestTemplates: { "application/json": '{"statusCode": 200}' },
    cacheKeyParameters: [],
    integrationResponses: {
      "200": { statusCode: "200", selectionPattern: "", responseParameters: {}, responseTemplates: {}, contentHandling: null },
    },
    ...overrides,
  };
}
