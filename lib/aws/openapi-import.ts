import "server-only";
import { ImportRestApiCommand, PutRestApiCommand, type RestApi } from "@aws-sdk/client-api-gateway";
import type { BasePathMode } from "@/lib/domain/openapi-import-preview";
import type { EndpointType, RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";
import { toRestApiSummary } from "./rest-apis";

export type ImportedApi = { api: RestApiSummary; warnings: string[] };
export type ImportOptions = { failOnWarnings: boolean; basePath: BasePathMode };

/** Creates a new API from an OpenAPI document (ImportRestApi); AWS's warnings come back with it. */
export async function importRestApi(env: EnvironmentSummary, document: string, options: ImportOptions & { endpointType: EndpointType }): Promise<AwsResult<ImportedApi>> {
  const command = new ImportRestApiCommand({
    body: new TextEncoder().encode(document),
    failOnWarnings: options.failOnWarnings,
    parameters: { endpointConfigurationTypes: options.endpointType, basepath: options.basePath },
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toImportedApi(output), requestId: requestIdOf(output) };
}

/** Merges a document into an API or overwrites the API with it (PutRestApi). */
export async function putRestApi(
  env: EnvironmentSummary,
  restApiId: string,
  document: string,
  options: ImportOptions & { mode: "merge" | "overwrite" },
): Promise<AwsResult<ImportedApi>> {
  const command = new PutRestApiCommand({
    restApiId,
    mode: options.mode,
    body: new TextEncoder().encode(document),
    failOnWarnings: options.failOnWarnings,
    parameters: { basepath: options.basePath },
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toImportedApi(output), requestId: requestIdOf(output) };
}

function toImportedApi(api: RestApi): ImportedApi {
  return { api: toRestApiSummary(api), warnings: api.warnings ?? [] };
}
