import "server-only";
import { DeleteGatewayResponseCommand, GetGatewayResponsesCommand, PutGatewayResponseCommand, type GatewayResponse, type GatewayResponseType } from "@aws-sdk/client-api-gateway";
import type { GatewayResponseSnapshot } from "@/lib/domain/api-design";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { allPages, maxPageSize } from "./all-pages";
import { apiGatewayClient } from "./clients";

/** All 21 response types; un-customised ones come back as AWS's defaults. */
export async function listGatewayResponses(env: EnvironmentSummary, restApiId: string): Promise<GatewayResponseSnapshot[]> {
  const client = apiGatewayClient(env);
  const responses = await allPages((position) => callAws(env, () => client.send(new GetGatewayResponsesCommand({ restApiId, limit: maxPageSize, position }))), toGatewayResponseSnapshot);
  return responses.sort((a, b) => a.responseType.localeCompare(b.responseType));
}

export type GatewayResponseInput = {
  responseType: string;
  statusCode: string | null;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
};

/** Replaces a response type's customisation as a whole (PutGatewayResponse). */
export async function putGatewayResponse(env: EnvironmentSummary, restApiId: string, input: GatewayResponseInput): Promise<AwsResult<GatewayResponseSnapshot>> {
  const command = new PutGatewayResponseCommand({
    restApiId,
    responseType: input.responseType as GatewayResponseType,
    ...(input.statusCode ? { statusCode: input.statusCode } : {}),
    responseParameters: input.responseParameters,
    responseTemplates: input.responseTemplates,
  });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: toGatewayResponseSnapshot(output), requestId: requestIdOf(output) };
}

/** Puts AWS's default back for a response type. */
export async function resetGatewayResponse(env: EnvironmentSummary, restApiId: string, responseType: string): Promise<AwsResult<null>> {
  const command = new DeleteGatewayResponseCommand({ restApiId, responseType: responseType as GatewayResponseType });
  const output = await callAws(env, () => apiGatewayClient(env).send(command));
  return { value: null, requestId: requestIdOf(output) };
}

export function toGatewayResponseSnapshot(response: GatewayResponse): GatewayResponseSnapshot {
  return {
    responseType: response.responseType ?? "",
    statusCode: response.statusCode ?? null,
    responseParameters: response.responseParameters ?? {},
    responseTemplates: response.responseTemplates ?? {},
    isDefault: response.defaultResponse ?? false,
  };
}
