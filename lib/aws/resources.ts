import "server-only";
import {
  CreateResourceCommand,
  DeleteResourceCommand,
  GetResourceCommand,
  GetResourcesCommand,
  UpdateResourceCommand,
  type Method,
  type Resource,
} from "@aws-sdk/client-api-gateway";
import type { ApiResource, ResourceMethodSummary } from "@/lib/domain/api-resource";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** AWS's maximum page size: 300 resources (the default quota) come back in one call. */
const pageSize = 500;

/** Every resource of an API with its methods embedded: one paginated GetResources(embed=methods) pass, nothing per resource. */
export async function listResources(env: EnvironmentSummary, restApiId: string): Promise<ApiResource[]> {
  const client = apiGatewayClient(env);
  const resources: ApiResource[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetResourcesCommand({ restApiId, limit: pageSize, position, embed: ["methods"] })));
    resources.push(...(page.items ?? []).map(toApiResource));
    // A position that does not move would loop forever; stop rather than hang the page.
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return resources;
}

/** One resource with its methods, or null when it no longer exists. */
export async function getResource(env: EnvironmentSummary, restApiId: string, resourceId: string): Promise<ApiResource | null> {
  try {
    return toApiResource(await callAws(env, () => apiGatewayClient(env).send(new GetResourceCommand({ restApiId, resourceId, embed: ["methods"] }))));
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "not_found") return null;
    throw error;
  }
}

export async function createResource(env: EnvironmentSummary, restApiId: string, input: { parentId: string; pathPart: string }): Promise<AwsResult<ApiResource>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new CreateResourceCommand({ restApiId, ...input })));
  return { value: toApiResource(output), requestId: requestIdOf(output) };
}

/** Renames a resource (its path part); AWS rewrites the paths below it. */
export async function renameResource(env: EnvironmentSummary, restApiId: string, resourceId: string, pathPart: string): Promise<AwsResult<ApiResource>> {
  const command = new UpdateResourceCommand({ restApiId, resourceId, patchOperations: [{ op: "replace", path: "/pathPart", value: pathPart }] });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toApiResource(output), requestId: requestIdOf(output) };
}

/** Deletes a resource and, as AWS does, everything below it. */
export async function deleteResource(env: EnvironmentSummary, restApiId: string, resourceId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteResourceCommand({ restApiId, resourceId })));
  return { value: null, requestId: requestIdOf(output) };
}

function toApiResource(resource: Resource): ApiResource {
  return {
    id: resource.id ?? "",
    parentId: resource.parentId ?? null,
    path: resource.path ?? "/",
    pathPart: resource.parentId ? (resource.pathPart ?? null) : null,
    methods: Object.entries(resource.resourceMethods ?? {}).map(([verb, method]) => toMethodSummary(verb, method)),
  };
}

/** Without embed=methods AWS sends `{}` per verb: the verb is still known, the details are null. */
function toMethodSummary(verb: string, method: Method): ResourceMethodSummary {
  return {
    httpMethod: method.httpMethod ?? verb,
    authorizationType: method.authorizationType ?? null,
    apiKeyRequired: method.apiKeyRequired ?? false,
    integrationType: method.methodIntegration?.type ?? null,
    cacheKeyParameters: [...(method.methodIntegration?.cacheKeyParameters ?? [])].sort(),
  };
}
