import "server-only";
import { CreateModelCommand, DeleteModelCommand, GetModelsCommand, UpdateModelCommand, type Model, type PatchOperation } from "@aws-sdk/client-api-gateway";
import type { ModelSummary } from "@/lib/domain/model";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { allPages, maxPageSize } from "./all-pages";
import { apiGatewayClient } from "./clients";

export async function listModels(env: EnvironmentSummary, restApiId: string): Promise<ModelSummary[]> {
  const client = apiGatewayClient(env);
  const models = await allPages((position) => callAws(env, () => client.send(new GetModelsCommand({ restApiId, limit: maxPageSize, position }))), toModelSummary);
  return models.sort((a, b) => a.name.localeCompare(b.name));
}

export type ModelInput = { name: string; description?: string; contentType: string; schema: string };

export async function createModel(env: EnvironmentSummary, restApiId: string, input: ModelInput): Promise<AwsResult<ModelSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new CreateModelCommand({ restApiId, ...input })));
  return { value: toModelSummary(output), requestId: requestIdOf(output) };
}

/** Replaces a model's schema and description (its name and content type cannot change). */
export async function updateModel(env: EnvironmentSummary, restApiId: string, input: { name: string; description?: string; schema: string }): Promise<AwsResult<ModelSummary>> {
  const patchOperations: PatchOperation[] = [{ op: "replace", path: "/schema", value: input.schema }];
  if (input.description !== undefined) patchOperations.push({ op: "replace", path: "/description", value: input.description });
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateModelCommand({ restApiId, modelName: input.name, patchOperations })));
  return { value: toModelSummary(output), requestId: requestIdOf(output) };
}

export async function deleteModel(env: EnvironmentSummary, restApiId: string, modelName: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteModelCommand({ restApiId, modelName })));
  return { value: null, requestId: requestIdOf(output) };
}

function toModelSummary(model: Model): ModelSummary {
  return { id: model.id ?? "", name: model.name ?? "", description: model.description || null, contentType: model.contentType ?? "application/json", schema: model.schema ?? "" };
}
