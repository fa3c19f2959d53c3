/** The parts of a REST API's working copy that API-wide design features read (GetResources embed=methods + GetGatewayResponses). */
export type MethodResponseSnapshot = { responseParameters: Record<string, boolean> };
export type IntegrationResponseSnapshot = { responseParameters: Record<string, string>; responseTemplates: Record<string, string> };

export type MethodSnapshot = {
  httpMethod: string;
  authorizationType: string;
  authorizerId: string | null;
  requestValidatorId: string | null;
  /** content type -> model name */
  requestModels: Record<string, string>;
  /** MOCK, HTTP, HTTP_PROXY, AWS, AWS_PROXY; null when the method has no integration yet. */
  integrationType: string | null;
  methodResponses: Record<string, MethodResponseSnapshot>;
  integrationResponses: Record<string, IntegrationResponseSnapshot>;
  /** status code -> content type -> model name */
  responseModels: Record<string, Record<string, string>>;
};

export type ResourceSnapshot = { id: string; path: string; methods: MethodSnapshot[] };

export type GatewayResponseSnapshot = {
  responseType: string;
  /** null: the status of the specific error (DEFAULT_4XX/5XX) */
  statusCode: string | null;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  /** true while AWS's default is in force (never customised, or reset) */
  isDefault: boolean;
};

export type ApiDesignSnapshot = { restApiId: string; resources: ResourceSnapshot[]; gatewayResponses: GatewayResponseSnapshot[] };

/** Proxy integrations pass the backend's headers through; nothing can be mapped onto their responses. */
export function isProxyIntegration(type: string | null): boolean {
  return type === "AWS_PROXY" || type === "HTTP_PROXY";
}

/** A method, with the path of its resource, as shown in "used by" lists. */
export type MethodRef = { resourceId: string; path: string; httpMethod: string };

/** Every method for which `uses` holds, in path then verb order. */
export function methodsWhere(resources: readonly ResourceSnapshot[], uses: (method: MethodSnapshot) => boolean): MethodRef[] {
  return resources
    .flatMap((resource) => resource.methods.filter(uses).map((method) => ({ resourceId: resource.id, path: resource.path, httpMethod: method.httpMethod })))
    .sort((a, b) => a.path.localeCompare(b.path) || a.httpMethod.localeCompare(b.httpMethod));
}
