import "server-only";
import {
  CreateApiKeyCommand,
  CreateUsagePlanKeyCommand,
  DeleteApiKeyCommand,
  DeleteUsagePlanKeyCommand,
  GetApiKeysCommand,
  ImportApiKeysCommand,
  UpdateApiKeyCommand,
  type ApiKey,
} from "@aws-sdk/client-api-gateway";
import type { ApiKeyImportResult, ApiKeySummary, CreatedApiKey } from "@/lib/domain/api-key";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { allPages, maxPageSize } from "./all-pages";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";
import { listUsagePlansWithKeys, type UsagePlanWithKeys } from "./usage-plans";

/**
 * Every API key, without values (GetApiKeys never asks for them), with the plans each belongs to. A page that also
 * lists the plans passes its own read of them, so the plans and their keys are read once.
 */
export async function listApiKeys(env: EnvironmentSummary, plans: Promise<UsagePlanWithKeys[]> = listUsagePlansWithKeys(env)): Promise<ApiKeySummary[]> {
  const client = apiGatewayClient(env);
  const [keys, planKeys] = await Promise.all([
    allPages((position) => callAws(env, () => client.send(new GetApiKeysCommand({ limit: maxPageSize, position, includeValues: false }))), (key) => key),
    plans,
  ]);
  const planIdsByKey = new Map<string, string[]>();
  for (const plan of planKeys) {
    for (const keyId of plan.keyIds) planIdsByKey.set(keyId, [...(planIdsByKey.get(keyId) ?? []), plan.id]);
  }
  return keys.map((key) => toApiKeySummary(key, planIdsByKey.get(key.id ?? "") ?? [])).sort((a, b) => a.name.localeCompare(b.name));
}

export type NewApiKey = { name: string; description: string | null; enabled: boolean; value: string | null };

/** Creates a key; its value comes back once, here, and nowhere else. */
export async function createApiKey(env: EnvironmentSummary, key: NewApiKey): Promise<AwsResult<CreatedApiKey>> {
  const output = await callAws(env, () =>
    apiGatewayClient(env).send(new CreateApiKeyCommand({ name: key.name, enabled: key.enabled, ...(key.description ? { description: key.description } : {}), ...(key.value ? { value: key.value } : {}) })),
  );
  return { value: { key: toApiKeySummary(output, []), value: output.value ?? "" }, requestId: requestIdOf(output) };
}

export async function setApiKeyEnabled(env: EnvironmentSummary, apiKeyId: string, enabled: boolean): Promise<AwsResult<ApiKeySummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateApiKeyCommand({ apiKey: apiKeyId, patchOperations: [{ op: "replace", path: "/enabled", value: String(enabled) }] })));
  return { value: toApiKeySummary(output, []), requestId: requestIdOf(output) };
}

export async function deleteApiKey(env: EnvironmentSummary, apiKeyId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteApiKeyCommand({ apiKey: apiKeyId })));
  return { value: null, requestId: requestIdOf(output) };
}

/** ImportApiKeys in AWS's CSV format; rows AWS refuses come back as warnings rather than failing the file. */
export async function importApiKeys(env: EnvironmentSummary, csv: string): Promise<AwsResult<ApiKeyImportResult>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new ImportApiKeysCommand({ body: new TextEncoder().encode(csv), format: "csv", failOnWarnings: false })));
  return { value: { ids: output.ids ?? [], warnings: output.warnings ?? [] }, requestId: requestIdOf(output) };
}

export async function attachApiKey(env: EnvironmentSummary, usagePlanId: string, apiKeyId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new CreateUsagePlanKeyCommand({ usagePlanId, keyId: apiKeyId, keyType: "API_KEY" })));
  return { value: null, requestId: requestIdOf(output) };
}

export async function detachApiKey(env: EnvironmentSummary, usagePlanId: string, apiKeyId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteUsagePlanKeyCommand({ usagePlanId, keyId: apiKeyId })));
  return { value: null, requestId: requestIdOf(output) };
}

function toApiKeySummary(key: ApiKey, usagePlanIds: string[]): ApiKeySummary {
  return {
    id: key.id ?? "",
    name: key.name ?? "",
    description: key.description || null,
    enabled: key.enabled ?? false,
    createdDate: key.createdDate ? key.createdDate.toISOString() : null,
    usagePlanIds,
  };
}
