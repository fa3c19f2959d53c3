import { describe, expect, it } from "vitest";
import { Store } from "../store/store";
import { remainingQuota } from "../control-plane/apigateway/usage";
import { tables } from "../control-plane/apigateway/tables";
import type { UsagePlan } from "../control-plane/apigateway/usage-plans";
import { ServedUsage } from "./served-usage";

async function planWithQuota(limit: number) {
  const store = await Store.open();
  const state = store.scope("000000000000", "us-east-1");
  store.transaction(() => state.table<UsagePlan>(tables.usagePlans).put("", "plan01", { id: "plan01", name: "p", apiStages: [], quota: { limit, offset: 0, period: "DAY" } }));
  return { store, state };
}

describe("ServedUsage", () => {
  it("counts requests per key and day until they are written, then the store holds them", async () => {
    const { store, state } = await planWithQuota(10);
    const usage = new ServedUsage();
    for (let i = 0; i < 3; i++) usage.add(state, "plan01", "key1", "2026-11-26");
    usage.add(state, "plan01", "key2", "2026-11-26");
    expect(usage.unwritten(state, "plan01", "key1", "2026-11-26")).toBe(3);
    expect(usage.unwritten(state, "plan01", "key1", "2026-11-27")).toBe(0);
    expect(remainingQuota({ state }, "plan01", "key1", "2026-11-26")).toBe(10);
    store.transaction(() => usage.write());
    expect(usage.unwritten(state, "plan01", "key1", "2026-11-26")).toBe(0);
    expect(remainingQuota({ state }, "plan01", "key1", "2026-11-26")).toBe(7);
    expect(state.table(tables.usage).get("plan01", "key1")).toEqual({ "2026-11-26": [3, 7] });
    expect(state.table(tables.usage).get("plan01", "key2")).toEqual({ "2026-11-26": [1, 9] });
  });

  it("never records less than nothing remaining", async () => {
    const { store, state } = await planWithQuota(2);
    const usage = new ServedUsage();
    for (let i = 0; i < 5; i++) usage.add(state, "plan01", "key1", "2026-11-26");
    store.transaction(() => usage.write());
    expect(state.table(tables.usage).get("plan01", "key1")).toEqual({ "2026-11-26": [5, 0] });
  });
});
