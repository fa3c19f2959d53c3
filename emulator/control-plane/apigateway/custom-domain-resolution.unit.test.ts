import { describe, expect, it } from "vitest";
import { Store } from "../../store/store";
import { resolveCustomDomain } from "./custom-domain-resolution";
import type { BasePathMapping } from "./base-path-mappings";
import { tables } from "./tables";

async function stateWithMappings(mappings: BasePathMapping[]) {
  const store = await Store.open();
  const state = store.scope("000000000000", "us-east-1");
  store.transaction(() => {
    state.table(tables.restApis).put("", "api1", { id: "api1" });
    state.table(tables.domainNames).put("", "api.example.com", { domainName: "api.example.com" });
    for (const mapping of mappings) state.table(tables.basePathMappings).put("api.example.com", mapping.basePath, mapping);
  });
  return state;
}

describe("resolveCustomDomain", () => {
  it("picks the mapping named by the first path segment and strips it", async () => {
    const state = await stateWithMappings([
      { basePath: "(none)", restApiId: "api1", stage: "root" },
      { basePath: "pets", restApiId: "api1", stage: "prod" },
    ]);
    expect(resolveCustomDomain(state, "API.example.com:4566", "/pets/1?x=y")).toEqual({
      domainName: "api.example.com",
      basePath: "pets",
      restApiId: "api1",
      stage: "prod",
      path: "/1",
    });
    expect(resolveCustomDomain(state, "api.example.com", "/orders/2")).toMatchObject({ basePath: "(none)", stage: "root", path: "/orders/2" });
    expect(resolveCustomDomain(state, "api.example.com", "/pets")).toMatchObject({ stage: "prod", path: "/" });
  });

  it("takes the stage from the path when the mapping names none", async () => {
    const state = await stateWithMappings([{ basePath: "v1", restApiId: "api1" }]);
    expect(resolveCustomDomain(state, "api.example.com", "/v1/beta/items")).toMatchObject({ stage: "beta", path: "/items" });
    expect(resolveCustomDomain(state, "api.example.com", "/v1")).toBeUndefined();
  });

  it("resolves nothing for unknown hosts or paths no mapping covers", async () => {
    const state = await stateWithMappings([{ basePath: "pets", restApiId: "api1", stage: "prod" }]);
    expect(resolveCustomDomain(state, "other.example.com", "/pets")).toBeUndefined();
    expect(resolveCustomDomain(state, "api.example.com", "/orders")).toBeUndefined();
  });
});
