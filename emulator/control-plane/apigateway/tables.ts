// Where API Gateway state lives in the store. Entities are stored in their AWS wire shape.
// Group "" holds account-level entities; API-scoped tables are grouped by REST API id.

export const tables = {
  restApis: "apigateway.restApis", // "" -> restApiId -> RestApi
  resources: "apigateway.resources", // restApiId -> resourceId -> Resource (methods, integrations embedded)
  models: "apigateway.models", // restApiId -> model name -> Model
  requestValidators: "apigateway.requestValidators", // restApiId -> id -> RequestValidator
  authorizers: "apigateway.authorizers", // restApiId -> id -> Authorizer
  gatewayResponses: "apigateway.gatewayResponses", // restApiId -> responseType -> customised GatewayResponse
  deployments: "apigateway.deployments", // restApiId -> id -> StoredDeployment (with its frozen snapshot)
  stages: "apigateway.stages", // restApiId -> stageName -> Stage
  documentationParts: "apigateway.documentationParts", // restApiId -> id
  documentationVersions: "apigateway.documentationVersions", // restApiId -> version -> StoredDocumentationVersion
  apiKeys: "apigateway.apiKeys", // "" -> id -> ApiKey
  usagePlans: "apigateway.usagePlans", // "" -> id -> UsagePlan
  usagePlanKeys: "apigateway.usagePlanKeys", // usagePlanId -> keyId -> UsagePlanKey
  usage: "apigateway.usage", // usagePlanId -> keyId -> { "yyyy-mm-dd": [used, remaining] }
  domainNames: "apigateway.domainNames", // "" -> domainName -> DomainName
  basePathMappings: "apigateway.basePathMappings", // domainName -> basePath -> BasePathMapping
  clientCertificates: "apigateway.clientCertificates", // "" -> id -> ClientCertificate
  vpcLinks: "apigateway.vpcLinks", // "" -> id -> StoredVpcLink
  account: "apigateway.account", // "" -> "account" -> Account
} as const;

/** Tables whose groups are REST API ids: everything in them goes when the API is deleted. */
export const apiScopedTables = [
  tables.resources,
  tables.models,
  tables.requestValidators,
  tables.authorizers,
  tables.gatewayResponses,
  tables.deployments,
  tables.stages,
  tables.documentationParts,
  tables.documentationVersions,
] as const;
