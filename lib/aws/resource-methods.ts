import "server-only";
import { GetResourcesCommand, GetStagesCommand } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

export type ResourceWithMethods = { id: string; path: string; methods: string[] };

/** Every resource of the working copy with its method verbs: one paginated GetResources(embed=methods) pass. */
export async function listResourceMethods(env: EnvironmentSummary, restApiId: string): Promise<ResourceWithMethods[]> {
  const client = apiGatewayClient(env);
  const resources: ResourceWithMethods[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetResourcesCommand({ restApiId, limit: 500, position, embed: ["methods"] })));
    for (const item of page.items ?? []) resources.push({ id: item.id ?? "", path: item.path ?? "/", methods: Object.keys(item.resourceMethods ?? {}).sort() });
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return resources.sort((a, b) => a.path.localeCompare(b.path));
}

/** The API's stage names (GetStages returns them all in one call). */
export async function listStageNames(env: EnvironmentSummary, restApiId: string): Promise<string[]> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetStagesCommand({ restApiId })));
  return (output.item ?? []).map((stage) => stage.stageName ?? "").filter(Boolean).sort();
}
