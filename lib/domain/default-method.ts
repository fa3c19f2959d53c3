import type { MethodDefinition } from "./method-definition";

/** The integrations the add-method dialog offers. */
export type NewMethodIntegration = { kind: "MOCK" } | { kind: "HTTP_PROXY"; uri: string } | { kind: "LAMBDA_PROXY"; uri: string };

/** A method as PutMethod leaves it: no authorization, no integration, no responses. */
export function bareMethod(httpMethod: string): MethodDefinition {
  return {
    httpMethod,
    authorizationType: "NONE",
    authorizerId: null,
    authorizationScopes: [],
    apiKeyRequired: false,
    operationName: "",
    requestValidatorId: null,
    requestParameters: {},
    requestModels: {},
    integration: null,
    methodResponses: {},
  };
}

/** The integration URI for a Lambda function ARN; a full integration URI is kept as given. */
export function lambdaIntegrationUri(functionArnOrUri: string): string {
  const arn = functionArnOrUri.trim();
  const region = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):/.exec(arn)?.[1];
  return region ? `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${arn}/invocations` : arn;
}

const mockTemplate = '{"statusCode": 200}';

/** A new method with a sensible integration: MOCK answering 200 with JSON, or a proxy to an HTTP backend or Lambda. */
export function defaultMethod(httpMethod: string, integration: NewMethodIntegration): MethodDefinition {
  const base = bareMethod(httpMethod);
  const proxy = {
    passthroughBehavior: "WHEN_NO_MATCH" as const,
    timeoutInMillis: 29_000,
    credentials: "",
    contentHandling: null,
    requestParameters: {},
    requestTemplates: {},
    cacheKeyParameters: [],
    integrationResponses: {},
  };
  switch (integration.kind) {
    case "MOCK":
      return {
        ...base,
        integration: {
          ...proxy,
          type: "MOCK",
          httpMethod: null,
          uri: "",
          requestTemplates: { "application/json": mockTemplate },
          integrationResponses: { "200": { statusCode: "200", selectionPattern: "", responseParameters: {}, responseTemplates: { "application/json": "" }, contentHandling: null } },
        },
        methodResponses: { "200": { statusCode: "200", responseParameters: {}, responseModels: { "application/json": "Empty" } } },
      };
    case "HTTP_PROXY":
      return { ...base, integration: { ...proxy, type: "HTTP_PROXY", httpMethod: httpMethod === "ANY" ? "ANY" : httpMethod, uri: integration.uri.trim() } };
    case "LAMBDA_PROXY":
      // Lambda is always invoked with POST, whatever the client's verb.
      return { ...base, integration: { ...proxy, type: "AWS_PROXY", httpMethod: "POST", uri: lambdaIntegrationUri(integration.uri) } };
  }
}
