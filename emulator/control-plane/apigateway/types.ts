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
  responseTemplates?: Record<string, string>;
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
