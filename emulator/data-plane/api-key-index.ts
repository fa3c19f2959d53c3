import type { ScopeState } from "../store/store";
import { tables } from "../control-plane/apigateway/tables";
import type { ApiKey } from "../control-plane/apigateway/api-keys";

/**
 * Indexes by value, keyed by the key table's listing: the store hands out the same frozen list until a key is
 * created, changed or deleted, so an index is built once per version of the table and dropped with it.
 */
const indexes = new WeakMap<readonly ApiKey[], ReadonlyMap<string, ApiKey>>();

/** The API key of a scope whose value is `value` (the first created, should two share it), without a scan per request. */
export function apiKeyByValue(state: ScopeState, value: string): ApiKey | undefined {
  const keys = state.table<ApiKey>(tables.apiKeys).list("");
  let index = indexes.get(keys);
  if (!index) {
    const built = new Map<string, ApiKey>();
    for (const key of keys) if (!built.has(key.value)) built.set(key.value, key);
    indexes.set(keys, (index = built));
  }
  return index.get(value);
}
