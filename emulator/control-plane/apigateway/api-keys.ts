import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { newApiKeyValue, newId } from "../ids";
import { epochSeconds, type OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { parseBoolean } from "./rest-apis";
import { restApiExists, stageExists } from "./stage-references";
import { tables } from "./tables";
import { createdTags } from "./tags";

/** API keys per account per Region (AWS quota, not adjustable). */
export const MAX_API_KEYS = 10_000;

export interface ApiKey {
  id: string;
  value: string;
  name?: string;
  customerId?: string;
  description?: string;
  enabled: boolean;
  createdDate: number;
  lastUpdatedDate: number;
  /** "{restApiId}/{stageName}" */
  stageKeys: string[];
  tags?: Record<string, string>;
}

export interface CreateApiKeyInput {
  name?: string;
  description?: string;
  enabled?: boolean;
  value?: string;
  stageKeys?: Array<{ restApiId?: string; stageName?: string }>;
  customerId?: string;
  tags?: Record<string, string>;
}

const apiKeysTable = (ctx: OpContext) => ctx.state.table<ApiKey>(tables.apiKeys);

export function requireApiKey(ctx: OpContext, id: string): ApiKey {
  const key = apiKeysTable(ctx).get("", id);
  if (!key) throw notFound("Invalid API Key identifier specified");
  return key;
}

export function listApiKeys(ctx: OpContext): readonly ApiKey[] {
  return apiKeysTable(ctx).list("");
}

/** The key a caller presents in x-api-key, by its value (what the data plane looks up). */
export function findApiKeyByValue(ctx: OpContext, value: string): ApiKey | undefined {
  return listApiKeys(ctx).find((key) => key.value === value);
}

export function checkApiKeyValue(value: string): void {
  if (value.length < 20) throw badRequest("API Key value should be at least 20 characters");
  if (value.length > 128) throw badRequest("API Key value should be at most 128 characters");
}

export function createApiKey(ctx: OpContext, input: CreateApiKeyInput): ApiKey {
  if (apiKeysTable(ctx).count("") >= MAX_API_KEYS) throw limitExceeded(`You have reached the limit of ${MAX_API_KEYS} API keys in this region`);
  if (input.value !== undefined) checkApiKeyValue(input.value);
  const value = input.value ?? uniqueValue(ctx);
  if (findApiKeyByValue(ctx, value)) throw conflict("API Key already exists");
  const stageKeys = (input.stageKeys ?? []).map((stageKey) => checkStageKey(ctx, `${stageKey.restApiId ?? ""}/${stageKey.stageName ?? ""}`));
  return insertApiKey(ctx, { ...input, value, stageKeys: [...new Set(stageKeys)] });
}

export interface NewApiKey extends Omit<CreateApiKeyInput, "value" | "stageKeys"> {
  value: string;
  stageKeys?: string[];
}

/** Stores a new key whose value the caller has checked is free (ImportApiKeys checks a whole file at once). */
export function insertApiKey(ctx: OpContext, input: NewApiKey): ApiKey {
  const keys = apiKeysTable(ctx);
  if (keys.count("") >= MAX_API_KEYS) throw limitExceeded(`You have reached the limit of ${MAX_API_KEYS} API keys in this region`);
  const now = epochSeconds(ctx.now);
  const key: ApiKey = {
    id: uniqueId(ctx),
    value: input.value,
    name: input.name,
    customerId: input.customerId,
    description: input.description,
    enabled: input.enabled ?? false,
    createdDate: now,
    lastUpdatedDate: now,
    stageKeys: input.stageKeys ?? [],
    tags: createdTags(input.tags),
  };
  return keys.put("", key.id, key);
}

function uniqueId(ctx: OpContext): string {
  let id = newId();
  while (apiKeysTable(ctx).has("", id)) id = newId();
  return id;
}

function uniqueValue(ctx: OpContext): string {
  let value = newApiKeyValue();
  while (findApiKeyByValue(ctx, value)) value = newApiKeyValue();
  return value;
}

/** A stage key is "{restApiId}/{stageName}" naming a stage that exists. */
function checkStageKey(ctx: OpContext, stageKey: string): string {
  const slash = stageKey.indexOf("/");
  const restApiId = stageKey.slice(0, slash);
  const stageName = stageKey.slice(slash + 1);
  if (slash <= 0 || stageName === "") throw badRequest(`Invalid stage key specified: ${stageKey}`);
  if (!restApiExists(ctx, restApiId)) throw notFound(`Invalid API identifier specified ${ctx.accountId}:${restApiId}`);
  if (!stageExists(ctx, restApiId, stageName)) throw notFound("Invalid stage identifier specified");
  return stageKey;
}

export interface ApiKeyQuery {
  nameQuery?: string;
  customerId?: string;
}

/** GetApiKeys filters: name is a prefix match, customerId an exact one. */
export function queryApiKeys(ctx: OpContext, query: ApiKeyQuery): ApiKey[] {
  return listApiKeys(ctx).filter(
    (key) =>
      (query.nameQuery === undefined || (key.name ?? "").startsWith(query.nameQuery)) &&
      (query.customerId === undefined || key.customerId === query.customerId),
  );
}

/** The wire shape: the key's value is only shown when asked for (includeValue / includeValues). */
export function apiKeyView(key: ApiKey, includeValue: boolean): Omit<ApiKey, "value"> & { value?: string } {
  if (includeValue) return key;
  const view: Partial<ApiKey> = { ...key };
  delete view.value;
  return view as Omit<ApiKey, "value">;
}

function makeApiKeyPatchRules(ctx: OpContext): PatchRules<ApiKey> {
  return {
    "/name": { ops: ["replace"], apply: (key, value) => ({ ...key, name: value || undefined }) },
    "/description": { ops: ["replace"], apply: (key, value) => ({ ...key, description: value || undefined }) },
    "/customerId": { ops: ["replace"], apply: (key, value) => ({ ...key, customerId: value || undefined }) },
    "/enabled": { ops: ["replace"], apply: (key, value) => ({ ...key, enabled: parseBoolean(value, "enabled") }) },
    "/stages": { ops: ["add", "remove"], apply: (key, value, op) => {
      const stageKey = value ?? "";
      if (op === "remove") {
        if (!key.stageKeys.includes(stageKey)) throw badRequest(`Invalid stage key specified: ${stageKey}`);
        return { ...key, stageKeys: key.stageKeys.filter((existing) => existing !== stageKey) };
      }
      checkStageKey(ctx, stageKey);
      return key.stageKeys.includes(stageKey) ? key : { ...key, stageKeys: [...key.stageKeys, stageKey] };
    } },
  };
}

export function updateApiKey(ctx: OpContext, id: string, operations: PatchOperation[]): ApiKey {
  const patched = applyPatch(requireApiKey(ctx, id), operations, makeApiKeyPatchRules(ctx));
  return apiKeysTable(ctx).put("", id, { ...patched, lastUpdatedDate: epochSeconds(ctx.now) });
}

/** Deleting a key also takes it out of every usage plan and drops its usage records. */
export function deleteApiKey(ctx: OpContext, id: string): void {
  requireApiKey(ctx, id);
  apiKeysTable(ctx).delete("", id);
  const planKeys = ctx.state.table(tables.usagePlanKeys);
  const usage = ctx.state.table(tables.usage);
  for (const planId of planKeys.groups()) planKeys.delete(planId, id);
  for (const planId of usage.groups()) usage.delete(planId, id);
}
