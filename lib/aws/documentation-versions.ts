import "server-only";
import { GetDocumentationVersionsCommand } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

const pageSize = 500;

/** The API's published documentation version names (one call per 500), sorted. */
export async function listDocumentationVersions(env: EnvironmentSummary, restApiId: string): Promise<string[]> {
  const client = apiGatewayClient(env);
  const versions: string[] = [];
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetDocumentationVersionsCommand({ restApiId, limit: pageSize, position })));
    versions.push(...(page.items ?? []).flatMap((item) => (item.version ? [item.version] : [])));
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return versions.sort();
}
