import "server-only";
import { GetDocumentationVersionsCommand } from "@aws-sdk/client-api-gateway";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { allPages, maxPageSize } from "./all-pages";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** The API's published documentation version names (one call per 500), sorted. */
export async function listDocumentationVersions(env: EnvironmentSummary, restApiId: string): Promise<string[]> {
  const client = apiGatewayClient(env);
  const versions = await allPages(
    (position) => callAws(env, () => client.send(new GetDocumentationVersionsCommand({ restApiId, limit: maxPageSize, position }))),
    (item) => item.version ?? "",
  );
  return versions.filter(Boolean).sort();
}
