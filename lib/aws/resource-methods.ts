import "server-only";
import { GetStagesCommand } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";
import { listResources } from "./resources";

export type ResourceWithMethods = { id: string; path: string; methods: string[] };

/** Every resource of the working copy with its method verbs, sorted by path (from the designer's one-pass read). */
export async function listResourceMethods(env: EnvironmentSummary, restApiId: string): Promise<ResourceWithMethods[]> {
  const resources = await listResources(env, restApiId);
  return resources
    .map((resource) => ({ id: resource.id, path: resource.path, methods: resource.methods.map((method) => method.httpMethod).sort() }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The API's stage names (GetStages returns them all in one call). */
export async function listStageNames(env: EnvironmentSummary, restApiId: string): Promise<string[]> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetStagesCommand({ restApiId })));
  return (output.item ?? []).map((stage) => stage.stageName ?? "").filter(Boolean).sort();
}
