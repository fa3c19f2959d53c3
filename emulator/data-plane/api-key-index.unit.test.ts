import { describe, expect, it } from "vitest";
import { Store } from "../store/store";
import { tables } from "../control-plane/apigateway/tables";
import type { ApiKey } from "../control-plane/apigateway/api-keys";
import { apiKeyByValue } from "./api-key-index";

const key = (id: string, value: string, enabled = true) => ({ id, value, enabled, name: id }) as ApiKey;

async function scopeWithKeys(...keys: ApiKey[]) {
  const store = await Store.open();
  const scope = store.scope("000000000000", "us-east-1");
  const put = (...more: ApiKey[]) => store.transaction(() => more.forEach((entry) => scope.table(tables.apiKeys).put("", entry.id, entry)));
  put(...keys);
  return { store, scope, put };
}

describe("apiKeyByValue", () => {
  it("finds a key by its value, and nothing for an unknown value", async () => {
    const { scope } = await scopeWithKeys(key("k1", "value-one-0123456789"), key("k2", "value-two-0123456789"));
    expect(apiKeyByValue(scope, "value-two-0123456789")?.id).toBe("k2");
    expect(apiKeyByValue(scope, "nope")).toBeUndefined();
  });

  it("sees keys created, changed and deleted after the index was built", async () => {
    const { store, scope, put } = await scopeWithKeys(key("k1", "value-one-0123456789"));
    expect(apiKeyByValue(scope, "value-new-0123456789")).toBeUndefined();
    put(key("k2", "value-new-0123456789"));
    expect(apiKeyByValue(scope, "value-new-0123456789")?.id).toBe("k2");
    put(key("k2", "value-new-0123456789", false));
    expect(apiKeyByValue(scope, "value-new-0123456789")?.enabled).toBe(false);
    store.transaction(() => scope.table(tables.apiKeys).delete("", "k2"));
    expect(apiKeyByValue(scope, "value-new-0123456789")).toBeUndefined();
  });

  it("keeps scopes apart", async () => {
    const { store } = await scopeWithKeys(key("k1", "value-one-0123456789"));
    expect(apiKeyByValue(store.scope("111111111111", "us-east-1"), "value-one-0123456789")).toBeUndefined();
  });
});
