// API Gateway entities in their wire shape (as GetRestApi, GetResource ... return them).
// Absent optional members are left undefined, which JSON leaves out, as AWS does.

export type EndpointType = "EDGE" | "REGIONAL" | "PRIVATE";
export const endpointTypes: readonly EndpointType[] = ["EDGE", "REGIONAL", "PRIVATE"];
export const apiKeySources = ["HEADER", "AUTHORIZER"] as const;

export interface RestApi {
  id: string;
  name: string;
  description?: string;
  createdDate: number;
  version?: string;
  warnings?: string[];
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource: "HEADER" | "AUTHORIZER";
  endpointConfiguration: { types: EndpointType[]; vpcEndpointIds?: string[]; ipAddressType?: string };
  policy?: string;
  tags?: Record<string, string>;
  disableExecuteApiEndpoint: boolean;
  rootResourceId: string;
}

export interface IntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: Record<string, string>;
  /** A template put as null or "" is kept and shown as null (AWS: the content type passes the body through). */
  responseTemplates?: Record<string, string | null>;
  contentHandling?: "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";
}

export interface Integration {
  type: "HTTP" | "AWS" | "MOCK" | "HTTP_PROXY" | "AWS_PROXY";
  httpMethod?: string;
  uri?: string;
  connectionType?: "INTERNET" | "VPC_LINK";
  connectionId?: string;
  credentials?: string;
  requestParameters?: Record<string, string>;
  requestTemplates?: Record<string, string>;
  passthroughBehavior?: "WHEN_NO_MATCH" | "WHEN_NO_TEMPLATES" | "NEVER";
  contentHandling?: "CONVERT_TO_BINARY" | "CONVERT_TO_TEXT";
  timeoutInMillis: number;
  cacheNamespace?: string;
  cacheKeyParameters: string[];
  integrationResponses?: Record<string, IntegrationResponse>;
  tlsConfig?: { insecureSkipVerification?: boolean };
}

export interface MethodResponse {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: Record<string, string>;
}

export interface Method {
  httpMethod: string;
  authorizationType: "NONE" | "AWS_IAM" | "CUSTOM" | "COGNITO_USER_POOLS";
  authorizerId?: string;
  apiKeyRequired: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: Record<string, string>;
  methodResponses?: Record<string, MethodResponse>;
  methodIntegration?: Integration;
  authorizationScopes?: string[];
}

export interface Resource {
  id: string;
  parentId?: string;
  pathPart?: string;
  path: string;
  resourceMethods?: Record<string, Method>;
}

// --- API design entities: models, request validators, authorizers, gateway responses ---

export interface Model {
  id: string;
  name: string;
  description?: string;
  schema?: string;
  contentType: string;
}

export interface RequestValidator {
  id: string;
  name?: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export const authorizerTypes = ["TOKEN", "REQUEST", "COGNITO_USER_POOLS"] as const;
export type AuthorizerType = (typeof authorizerTypes)[number];

export interface Authorizer {
  id: string;
  name: string;
  type: AuthorizerType;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
}

export interface GatewayResponse {
  responseType: string;
  /** Absent for DEFAULT_4XX/DEFAULT_5XX until customised: the specific error's status applies. */
  statusCode?: string;
  responseParameters?: Record<string, string>;
  responseTemplates?: Record<string, string>;
  defaultResponse: boolean;
}

/** Integration members newer than the core's shape (declaration merging keeps this an append). */
export interface Integration {
  responseTransferMode?: "BUFFERED" | "STREAM";
  integrationTarget?: string;
}
