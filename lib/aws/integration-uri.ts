import "server-only";
import { GetResourcesCommand, UpdateIntegrationCommand } from "@aws-sdk/client-api-gateway";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** Replaces the URI of one method's integration in the working copy, found by resource path. */
export async function updateIntegrationUri(env: EnvironmentSummary, restApiId: string, path: string, httpMethod: string, uri: string): Promise<AwsResult<null>> {
  const client = apiGatewayClient(env);
  let position: string | undefined;
  let resourceId: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetResourcesCommand({ restApiId, limit: 500, position })));
    resourceId = page.items?.find((resource) => resource.path === path)?.id;
    position = !resourceId && page.position && page.position !== position ? page.position : undefined;
  } while (position);
  if (!resourceId) throw new ConsoleError("not_found", `The working copy has no resource ${path} any more.`);
  const command = new UpdateIntegrationCommand({ restApiId, resourceId, httpMethod, patchOperations: [{ op: "replace", path: "/uri", value: uri }] });
  const output = await callAws(env, () => client.send(command));
  return { value: null, requestId: requestIdOf(output) };
}
