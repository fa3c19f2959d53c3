import "server-only";
import {
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  UpdateRestApiCommand,
  type PatchOperation,
  type RestApi,
} from "@aws-sdk/client-api-gateway";
import { primaryEndpointType, type EndpointType, type RestApiSummary } from "@/lib/domain/rest-api";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** AWS's maximum page size: one call per 500 APIs, nothing per API. */
const pageSize = 500;

export async function listRestApis(env: EnvironmentSummary): Promise<RestApiSummary[]> {
  const client = apiGatewayClient(env);
  const apis: RestApiSummary[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetRestApisCommand({ limit: pageSize, position })));
    apis.push(...(page.items ?? []).map(toRestApiSummary));
    // A position that does not move would loop forever; stop rather than hang the page.
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return apis;
}

/** The API, or null when it does not exist in this environment. */
export async function getRestApi(env: EnvironmentSummary, restApiId: string): Promise<RestApiSummary | null> {
  try {
    return toRestApiSummary(await callAws(env, () => apiGatewayClient(env).send(new GetRestApiCommand({ restApiId }))));
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "not_found") return null;
    throw error;
  }
}

export async function createRestApi(
  env: EnvironmentSummary,
  input: { name: string; description?: string; endpointType: EndpointType },
): Promise<AwsResult<RestApiSummary>> {
  const command = new CreateRestApiCommand({ name: input.name, description: input.description, endpointConfiguration: { types: [input.endpointType] } });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toRestApiSummary(output), requestId: requestIdOf(output) };
}

/** Renames an API and, when given, replaces its description, in one patch. */
export async function updateRestApi(
  env: EnvironmentSummary,
  restApiId: string,
  input: { name: string; description?: string },
): Promise<AwsResult<RestApiSummary>> {
  const patchOperations: PatchOperation[] = [{ op: "replace", path: "/name", value: input.name }];
  if (input.description !== undefined) patchOperations.push({ op: "replace", path: "/description", value: input.description });
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateRestApiCommand({ restApiId, patchOperations })));
  return { value: toRestApiSummary(output), requestId: requestIdOf(output) };
}

export async function deleteRestApi(env: EnvironmentSummary, restApiId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteRestApiCommand({ restApiId })));
  return { value: null, requestId: requestIdOf(output) };
}

/** An SDK RestApi as the console's summary (also used for the API an import returns). */
export function toRestApiSummary(api: RestApi): RestApiSummary {
  return {
    id: api.id ?? "",
    name: api.name ?? "",
    description: api.description ? api.description : null,
    endpointType: primaryEndpointType(api.endpointConfiguration?.types),
    createdDate: (api.createdDate ?? new Date(0)).toISOString(),
  };
}
