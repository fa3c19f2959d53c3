import "server-only";
import { GetResourcesCommand, type Method, type Resource } from "@aws-sdk/client-api-gateway";
import type { ApiDesignSnapshot, MethodSnapshot, ResourceSnapshot } from "@/lib/domain/api-design";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { allPages, maxPageSize } from "./all-pages";
import { apiGatewayClient } from "./clients";
import { listGatewayResponses } from "./gateway-responses";

/** The API's resources with their methods, integrations and responses, and its gateway responses: read once per plan. */
export async function readApiDesign(env: EnvironmentSummary, restApiId: string): Promise<ApiDesignSnapshot> {
  const [resources, gatewayResponses] = await Promise.all([listResourcesWithMethods(env, restApiId), listGatewayResponses(env, restApiId)]);
  return { restApiId, resources, gatewayResponses };
}

export async function listResourcesWithMethods(env: EnvironmentSummary, restApiId: string): Promise<ResourceSnapshot[]> {
  const client = apiGatewayClient(env);
  const resources = await allPages((position) => callAws(env, () => client.send(new GetResourcesCommand({ restApiId, embed: ["methods"], limit: maxPageSize, position }))), toResourceSnapshot);
  return resources.sort((a, b) => a.path.localeCompare(b.path));
}

function toResourceSnapshot(resource: Resource): ResourceSnapshot {
  return { id: resource.id ?? "", path: resource.path ?? "/", methods: Object.values(resource.resourceMethods ?? {}).map(toMethodSnapshot) };
}

function toMethodSnapshot(method: Method): MethodSnapshot {
  const integration = method.methodIntegration;
  return {
    httpMethod: method.httpMethod ?? "",
    authorizationType: method.authorizationType ?? "NONE",
    authorizerId: method.authorizerId ?? null,
    requestValidatorId: method.requestValidatorId ?? null,
    requestModels: method.requestModels ?? {},
    integrationType: integration?.type ?? null,
    methodResponses: Object.fromEntries(
      Object.entries(method.methodResponses ?? {}).map(([status, response]) => [status, { responseParameters: response.responseParameters ?? {} }]),
    ),
    integrationResponses: Object.fromEntries(
      Object.entries(integration?.integrationResponses ?? {}).map(([status, response]) => [
        status,
        { responseParameters: response.responseParameters ?? {}, responseTemplates: response.responseTemplates ?? {} },
      ]),
    ),
    responseModels: Object.fromEntries(Object.entries(method.methodResponses ?? {}).map(([status, response]) => [status, response.responseModels ?? {}])),
  };
}
