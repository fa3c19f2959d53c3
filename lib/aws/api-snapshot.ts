import "server-only";
import {
  GetAuthorizersCommand,
  GetGatewayResponsesCommand,
  GetModelsCommand,
  GetRequestValidatorsCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  type APIGatewayClient,
  type Authorizer,
  type GatewayResponse,
  type Integration,
  type Method,
  type Model,
  type RequestValidator,
  type Resource,
  type RestApi,
} from "@aws-sdk/client-api-gateway";
import type { ApiSnapshot, SnapshotAuthorizer, SnapshotIntegration, SnapshotMethod, SnapshotResource, SnapshotRestApi } from "@/lib/domain/api-snapshot";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** AWS's maximum page size: a 300-resource API is one GetResources call. */
const pageSize = 500;

type Page<T> = { items?: T[]; position?: string; $metadata: { requestId?: string } };

/** Every page of one list, following `position` until AWS stops returning one. */
async function allPages<T>(env: EnvironmentSummary, fetchPage: (position: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => fetchPage(position));
    items.push(...(page.items ?? []));
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return items;
}

/**
 * The API's working copy in six parallel calls (one more per extra page of 500): nothing per resource,
 * because GetResources with embed=methods carries every method, integration and response.
 */
export async function readApiSnapshot(env: EnvironmentSummary, restApiId: string): Promise<ApiSnapshot> {
  const client: APIGatewayClient = apiGatewayClient(env);
  const list = { restApiId, limit: pageSize };
  const [restApi, resources, models, validators, authorizers, responses] = await Promise.all([
    callAws(env, () => client.send(new GetRestApiCommand({ restApiId }))),
    allPages<Resource>(env, (position) => client.send(new GetResourcesCommand({ ...list, position, embed: ["methods"] }))),
    allPages<Model>(env, (position) => client.send(new GetModelsCommand({ ...list, position }))),
    allPages<RequestValidator>(env, (position) => client.send(new GetRequestValidatorsCommand({ ...list, position }))),
    allPages<Authorizer>(env, (position) => client.send(new GetAuthorizersCommand({ ...list, position }))),
    allPages<GatewayResponse>(env, (position) => client.send(new GetGatewayResponsesCommand({ ...list, position }))),
  ]);
  return {
    restApi: toRestApi(restApi),
    resources: resources.map(toResource),
    models: models.map((m) => stripUndefined({ id: m.id ?? "", name: m.name ?? "", contentType: m.contentType, schema: m.schema })),
    requestValidators: validators.map((v) => stripUndefined({ id: v.id ?? "", name: v.name, validateRequestBody: v.validateRequestBody, validateRequestParameters: v.validateRequestParameters })),
    authorizers: authorizers.map(toAuthorizer),
    gatewayResponses: responses
      .filter((r) => r.defaultResponse === false)
      .map((r) => stripUndefined({ responseType: r.responseType ?? "", statusCode: r.statusCode, responseParameters: r.responseParameters, responseTemplates: r.responseTemplates })),
  };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

function toRestApi(api: RestApi): SnapshotRestApi {
  return stripUndefined({
    id: api.id ?? "",
    name: api.name ?? "",
    description: api.description,
    version: api.version,
    binaryMediaTypes: api.binaryMediaTypes,
    minimumCompressionSize: api.minimumCompressionSize,
    apiKeySource: api.apiKeySource,
    policy: api.policy,
  });
}

function toIntegration(integration: Integration): SnapshotIntegration {
  const responses = Object.entries(integration.integrationResponses ?? {}).map(([code, r]) => [code, stripUndefined({ ...r, statusCode: r.statusCode ?? code })]);
  return stripUndefined({ ...integration, type: integration.type ?? "", integrationResponses: integration.integrationResponses ? Object.fromEntries(responses) : undefined });
}

function toMethod(method: Method): SnapshotMethod {
  const responses = Object.entries(method.methodResponses ?? {}).map(([code, r]) => [code, stripUndefined({ ...r, statusCode: r.statusCode ?? code })]);
  return stripUndefined({
    ...method,
    httpMethod: method.httpMethod ?? "",
    methodResponses: method.methodResponses ? Object.fromEntries(responses) : undefined,
    methodIntegration: method.methodIntegration ? toIntegration(method.methodIntegration) : undefined,
  });
}

function toResource(resource: Resource): SnapshotResource {
  const methods = Object.entries(resource.resourceMethods ?? {}).map(([verb, method]) => [verb, toMethod(method)]);
  return { id: resource.id ?? "", path: resource.path ?? "/", methods: Object.fromEntries(methods) };
}

function toAuthorizer(authorizer: Authorizer): SnapshotAuthorizer {
  return stripUndefined({
    id: authorizer.id ?? "",
    name: authorizer.name ?? "",
    type: authorizer.type ?? "TOKEN",
    providerARNs: authorizer.providerARNs,
    authType: authorizer.authType,
    authorizerUri: authorizer.authorizerUri,
    authorizerCredentials: authorizer.authorizerCredentials,
    identitySource: authorizer.identitySource,
    identityValidationExpression: authorizer.identityValidationExpression,
    authorizerResultTtlInSeconds: authorizer.authorizerResultTtlInSeconds,
  });
}
