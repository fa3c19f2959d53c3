/** API Gateway's method verbs; ANY matches every verb. */
export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export const authorizationTypes = ["NONE", "AWS_IAM", "CUSTOM", "COGNITO_USER_POOLS"] as const;
export type AuthorizationType = (typeof authorizationTypes)[number];

export const integrationTypes = ["MOCK", "HTTP", "HTTP_PROXY", "AWS_PROXY", "AWS"] as const;
export type IntegrationType = (typeof integrationTypes)[number];

export const passthroughBehaviors = ["WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER"] as const;
export type PassthroughBehavior = (typeof passthroughBehaviors)[number];

export const contentHandlings = ["CONVERT_TO_BINARY", "CONVERT_TO_TEXT"] as const;
export type ContentHandling = (typeof contentHandlings)[number];

/** AWS's integration timeout range for every endpoint type (the upper bound can be raised only by quota). */
export const integrationTimeoutRange = { min: 50, max: 29_000 } as const;

export type IntegrationResponseDefinition = {
  statusCode: string;
  /** Empty means the default response. */
  selectionPattern: string;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  contentHandling: ContentHandling | null;
};

export type IntegrationDefinition = {
  type: IntegrationType;
  /** The verb sent to the backend; null for MOCK. */
  httpMethod: string | null;
  uri: string;
  passthroughBehavior: PassthroughBehavior;
  timeoutInMillis: number;
  /** The execution role API Gateway assumes to call an AWS service or Lambda (AWS) backend; "" for none. */
  credentials: string;
  contentHandling: ContentHandling | null;
  requestParameters: Record<string, string>;
  requestTemplates: Record<string, string>;
  cacheKeyParameters: string[];
  integrationResponses: Record<string, IntegrationResponseDefinition>;
};

export type MethodResponseDefinition = {
  statusCode: string;
  /** Header name (method.response.header.X) -> required. */
  responseParameters: Record<string, boolean>;
  responseModels: Record<string, string>;
};

/** One method as the editor sees it: method request, integration (with its responses) and method responses. */
export type MethodDefinition = {
  httpMethod: string;
  authorizationType: AuthorizationType;
  authorizerId: string | null;
  authorizationScopes: string[];
  apiKeyRequired: boolean;
  operationName: string;
  requestValidatorId: string | null;
  /** method.request.{path|querystring|header}.name -> required. */
  requestParameters: Record<string, boolean>;
  requestModels: Record<string, string>;
  integration: IntegrationDefinition | null;
  methodResponses: Record<string, MethodResponseDefinition>;
};

export type NamedChoice = { id: string; name: string };

/** What the editor's pickers offer: the API's authorizers, request validators and models. */
export type MethodPickerLists = {
  authorizers: (NamedChoice & { type: string })[];
  validators: (NamedChoice & { validateBody: boolean; validateParameters: boolean })[];
  models: (NamedChoice & { contentType: string })[];
};

/** The editor's page data: where the method is, its definition, and the picker lists. */
export type MethodEditorData = MethodPageData & { definition: MethodDefinition };

/** What the method page reads; the definition is null when the resource has no such method (yet). */
export type MethodPageData = {
  resourceId: string;
  resourcePath: string;
  /** Every verb the resource has, this one included. */
  existingMethods: string[];
  definition: MethodDefinition | null;
  pickers: MethodPickerLists;
};
