import "server-only";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { listResources } from "./resources";
import { listStages } from "./stages";

export type ResourceWithMethods = { id: string; path: string; methods: string[] };

/** Every resource of the working copy with its method verbs, sorted by path (from the designer's one-pass read). */
export async function listResourceMethods(env: EnvironmentSummary, restApiId: string): Promise<ResourceWithMethods[]> {
  const resources = await listResources(env, restApiId);
  return resources
    .map((resource) => ({ id: resource.id, path: resource.path, methods: resource.methods.map((method) => method.httpMethod).sort() }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The API's stage names, sorted (from the one GetStages reader). */
export async function listStageNames(env: EnvironmentSummary, restApiId: string): Promise<string[]> {
  return (await listStages(env, restApiId)).map((stage) => stage.stageName).filter(Boolean);
}
