import { describe, expect, it } from "vitest";
import { formatUsd } from "./cost-model";
import { mergeDays, requestCostByKey } from "./account-cost";
import type { DailyCount } from "./cost-period";
import { pricesFor } from "./price-table";

const { prices } = pricesFor("us-east-1");
const M = 1_000_000;
const day = (iso: string, count: number): DailyCount => ({ day: Date.parse(`${iso}T00:00:00Z`), count });

describe("request cost by API for an account", () => {
  it("charges month to date, last month and forecast on the account's shared tiers", () => {
    // November: orders 400 M, users 100 M (account 500 M -> $1,633.10, split 80/20).
    // December 1-2 so far: orders 10 M, users 0.
    const days = new Map([
      ["orders", [day("2026-11-15", 400 * M), day("2026-12-01", 6 * M), day("2026-12-02", 4 * M)]],
      ["users", [day("2026-11-20", 100 * M)]],
    ]);
    const cost = requestCostByKey(days, new Date("2026-12-03T00:00:00Z"), prices);
    const orders = cost.rows.find((row) => row.key === "orders")!;
    expect(orders.lastMonth).toEqual({ requests: 400 * M, cost: 1306.48 });
    expect(orders.monthToDate).toEqual({ requests: 10 * M, cost: 35 });
    expect(formatUsd(cost.totals.lastMonth.cost)).toBe("$1,633.10");
    expect(cost.totals.monthToDate.requests).toBe(10 * M);
    expect(cost.lines.lastMonth.map((line) => line.arithmetic)).toEqual(["333 M × $3.50", "167 M × $2.80"]);
  });

  it("lets requests of unlisted APIs push the listed ones into cheaper tiers without listing them", () => {
    const days = new Map([["stage-a", [day("2026-12-01", 10 * M)]]]);
    const cost = requestCostByKey(days, new Date("2026-12-02T00:00:00Z"), prices, { monthToDate: 490 * M });
    // The account's 500 M cost $1,633.10; this key's 2% share is $32.66.
    expect(cost.rows[0]!.monthToDate.cost).toBe(32.66);
    expect(cost.totals.monthToDate).toEqual({ requests: 10 * M, cost: 32.66 });
  });

  it("adds series day by day", () => {
    expect(mergeDays([day("2026-12-01", 1), day("2026-12-02", 2), day("2026-12-01", 3)])).toEqual([day("2026-12-01", 4), day("2026-12-02", 2)]);
  });
});
