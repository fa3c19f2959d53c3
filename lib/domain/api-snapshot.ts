// An API's working copy as one value: what GetRestApi, GetResources (embed=methods), GetModels,
// GetRequestValidators, GetAuthorizers and GetGatewayResponses return, in plain domain shapes.

export type StringMap = Record<string, string>;

export interface SnapshotRestApi {
  id: string;
  name: string;
  description?: string;
  version?: string;
  binaryMediaTypes?: string[];
  minimumCompressionSize?: number;
  apiKeySource?: string;
  policy?: string;
}

export interface SnapshotIntegrationResponse {
  statusCode: string;
  selectionPattern?: string;
  responseParameters?: StringMap;
  responseTemplates?: StringMap;
  contentHandling?: string;
}

export interface SnapshotIntegration {
  type: string;
  httpMethod?: string;
  uri?: string;
  connectionType?: string;
  connectionId?: string;
  credentials?: string;
  requestParameters?: StringMap;
  requestTemplates?: StringMap;
  passthroughBehavior?: string;
  contentHandling?: string;
  timeoutInMillis?: number;
  cacheNamespace?: string;
  cacheKeyParameters?: string[];
  tlsConfig?: { insecureSkipVerification?: boolean };
  integrationResponses?: Record<string, SnapshotIntegrationResponse>;
}

export interface SnapshotMethodResponse {
  statusCode: string;
  responseParameters?: Record<string, boolean>;
  responseModels?: StringMap;
}

export interface SnapshotMethod {
  httpMethod: string;
  authorizationType?: string;
  authorizerId?: string;
  apiKeyRequired?: boolean;
  requestValidatorId?: string;
  operationName?: string;
  requestParameters?: Record<string, boolean>;
  requestModels?: StringMap;
  methodResponses?: Record<string, SnapshotMethodResponse>;
  methodIntegration?: SnapshotIntegration;
  authorizationScopes?: string[];
}

export interface SnapshotResource {
  id: string;
  path: string;
  /** Keyed by HTTP verb (ANY included), in the order AWS lists them. */
  methods: Record<string, SnapshotMethod>;
}

export interface SnapshotModel {
  id: string;
  name: string;
  contentType?: string;
  schema?: string;
}

export interface SnapshotRequestValidator {
  id: string;
  name?: string;
  validateRequestBody?: boolean;
  validateRequestParameters?: boolean;
}

export interface SnapshotAuthorizer {
  id: string;
  name: string;
  type: string;
  providerARNs?: string[];
  authType?: string;
  authorizerUri?: string;
  authorizerCredentials?: string;
  identitySource?: string;
  identityValidationExpression?: string;
  authorizerResultTtlInSeconds?: number;
}

export interface SnapshotGatewayResponse {
  responseType: string;
  statusCode?: string;
  responseParameters?: StringMap;
  responseTemplates?: StringMap;
}

export interface ApiSnapshot {
  restApi: SnapshotRestApi;
  resources: SnapshotResource[];
  models: SnapshotModel[];
  requestValidators: SnapshotRequestValidator[];
  authorizers: SnapshotAuthorizer[];
  /** Only the customised responses (defaultResponse false): a deployment's export carries only those. */
  gatewayResponses: SnapshotGatewayResponse[];
}
