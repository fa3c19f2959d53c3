// The advisor reads ApiSnapshot; the CORS and gateway-response planners read ApiDesignSnapshot. This bridges the two
// so advisor fixes reuse those planners instead of building the same calls a second way.
import type { ApiDesignSnapshot, MethodSnapshot } from "../api-design";
import type { ApiSnapshot, SnapshotMethod } from "../api-snapshot";

/** The working copy in the shape the CORS and gateway-response planners take. */
export function designSnapshotOf(api: ApiSnapshot): ApiDesignSnapshot {
  return {
    restApiId: api.restApi.id,
    resources: api.resources.map((resource) => ({ id: resource.id, path: resource.path, methods: Object.values(resource.methods).map(designMethodOf) })),
    // ApiSnapshot holds only customised responses, so every one of them is not AWS's default.
    gatewayResponses: api.gatewayResponses.map((response) => ({
      responseType: response.responseType,
      statusCode: response.statusCode ?? null,
      responseParameters: response.responseParameters ?? {},
      responseTemplates: response.responseTemplates ?? {},
      isDefault: false,
    })),
  };
}

function designMethodOf(method: SnapshotMethod): MethodSnapshot {
  const integration = method.methodIntegration;
  const methodResponses = Object.entries(method.methodResponses ?? {});
  return {
    httpMethod: method.httpMethod,
    authorizationType: method.authorizationType ?? "NONE",
    authorizerId: method.authorizerId ?? null,
    requestValidatorId: method.requestValidatorId ?? null,
    requestModels: method.requestModels ?? {},
    integrationType: integration?.type ?? null,
    methodResponses: Object.fromEntries(methodResponses.map(([status, response]) => [status, { responseParameters: response.responseParameters ?? {} }])),
    integrationResponses: Object.fromEntries(
      Object.entries(integration?.integrationResponses ?? {}).map(([status, response]) => [
        status,
        { responseParameters: response.responseParameters ?? {}, responseTemplates: response.responseTemplates ?? {} },
      ]),
    ),
    responseModels: Object.fromEntries(methodResponses.map(([status, response]) => [status, response.responseModels ?? {}])),
  };
}
