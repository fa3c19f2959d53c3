import { describe, expect, it } from "vitest";
import { Store } from "../../store/store";
import { evaluateInsights } from "./metric-math-insights";
import { parseInsightsQuery } from "./metric-math-insights-parser";
import { MetricMathError } from "./metric-math-parser";
import { recordMetric } from "./metric-store";

const MINUTE = 60_000;
const t0 = Date.UTC(2026, 10, 26, 12, 0, 0);
const now = t0 + 30 * MINUTE;
const dims = (entries: Record<string, string>) => Object.entries(entries).map(([Name, Value]) => ({ Name, Value }));

/** Latency in namespace Shop: pets/prod 10 then 30, pets/dev 20, shop/prod 100, no dimensions 1, toys (Api only) 5. */
async function shop() {
  const store = await Store.open({});
  const state = store.scope("000000000000", "us-east-1");
  const record = (metricName: string, dimensions: Record<string, string>, minute: number, value: number) =>
    recordMetric(state, { namespace: "Shop", metricName, dimensions: dims(dimensions), timestamp: t0 + minute * MINUTE, value, unit: "None" });
  store.transaction(() => {
    record("Latency", { Api: "pets", Stage: "prod" }, 0, 10);
    record("Latency", { Api: "pets", Stage: "prod" }, 1, 30);
    record("Latency", { Api: "pets", Stage: "dev" }, 0, 20);
    record("Latency", { Api: "shop", Stage: "prod" }, 0, 100);
    record("Latency", {}, 0, 1);
    record("Latency", { Api: "toys" }, 1, 5);
    record("Count", { Api: "pets", Stage: "prod" }, 0, 999);
    record("Old", {}, -4 * 60, 7);
  });
  return (text: string, startMs = t0) =>
    evaluateInsights(state, parseInsightsQuery(text), { startMs, endMs: t0 + 5 * MINUTE, period: 60, now }).map(({ label, points }) => ({
      label,
      values: [...points].sort(([a], [b]) => a - b).map(([t, v]) => [(t - t0) / MINUTE, v]),
    }));
}

describe("Metrics Insights queries", () => {
  it("aggregates every raw sample of the matching metrics in each period", async () => {
    const query = await shop();
    // Minute 0: 10, 20, 100 and 1 (Count is another metric): 131 / 4. Minute 1: 30 and 5: 35 / 2.
    expect(await query("SELECT AVG(Latency) FROM Shop")).toEqual([{ label: undefined, values: [[0, 32.75], [1, 17.5]] }]);
  });

  it("matches only metrics with exactly the SCHEMA's dimensions", async () => {
    const query = await shop();
    // Api and Stage: 10 + 20 + 100 at minute 0, 30 at minute 1.
    expect((await query("SELECT SUM(Latency) FROM SCHEMA(Shop, Stage, Api)"))[0]!.values).toEqual([[0, 130], [1, 30]]);
    // No dimensions at all: only the 1.
    expect((await query('SELECT MAX(Latency) FROM SCHEMA("Shop")'))[0]!.values).toEqual([[0, 1]]);
  });

  it("filters with WHERE = and != joined by AND", async () => {
    const query = await shop();
    // Stage = 'prod': 10 and 100 at minute 0, 30 at minute 1.
    expect((await query("SELECT COUNT(Latency) FROM Shop WHERE Stage = 'prod'"))[0]!.values).toEqual([[0, 2], [1, 1]]);
    // Stage != 'prod' includes metrics without Stage: 20 and 1 at minute 0, 5 at minute 1.
    expect((await query("SELECT COUNT(Latency) FROM Shop WHERE Stage != 'prod'"))[0]!.values).toEqual([[0, 2], [1, 1]]);
    expect((await query("SELECT MIN(Latency) FROM Shop WHERE Stage = 'prod' AND Api = 'shop'"))[0]!.values).toEqual([[0, 100]]);
  });

  it("groups by label keys in ascending label order, with Other for a metric that lacks the key", async () => {
    const query = await shop();
    expect(await query("SELECT SUM(Latency) FROM Shop GROUP BY Api")).toEqual([
      { label: "Other", values: [[0, 1]] },
      { label: "pets", values: [[0, 30], [1, 30]] },
      { label: "shop", values: [[0, 100]] },
      { label: "toys", values: [[1, 5]] },
    ]);
    expect((await query("SELECT SUM(Latency) FROM SCHEMA(Shop, Api, Stage) GROUP BY Api, Stage")).map(({ label }) => label)).toEqual(["pets dev", "pets prod", "shop prod"]);
  });

  it("orders by a function of each series and keeps the top LIMIT", async () => {
    const query = await shop();
    // Sums: Other 1, pets 30 + 30 = 60, shop 100, toys 5.
    expect((await query("SELECT SUM(Latency) FROM Shop GROUP BY Api ORDER BY SUM() DESC LIMIT 2")).map(({ label }) => label)).toEqual(["shop", "pets"]);
    // Largest point: Other 1, toys 5, pets 30, shop 100.
    expect((await query("select sum(Latency) from Shop group by Api order by max() asc")).map(({ label }) => label)).toEqual(["Other", "toys", "pets", "shop"]);
  });

  it("reads only the last three hours, and answers one empty series when nothing matches", async () => {
    const query = await shop();
    expect(await query("SELECT SUM(Old) FROM Shop", t0 - 5 * 60 * MINUTE)).toEqual([{ label: undefined, values: [] }]);
    expect(await query("SELECT SUM(Latency) FROM Elsewhere")).toEqual([{ label: undefined, values: [] }]);
  });
});

describe("parsing Metrics Insights queries", () => {
  it("reads every clause, quoted names with escapes, and keywords in any case", () => {
    expect(parseInsightsQuery(`select Avg("Bytes\\"In\\"") From SCHEMA("AWS/ApiGateway", ApiName) Where ApiName = 'it\\'s' Group By ApiName Order By Count() Desc Limit 5`)).toEqual({
      fn: "AVG",
      metricName: 'Bytes"In"',
      namespace: "AWS/ApiGateway",
      schema: ["ApiName"],
      where: [{ key: "ApiName", op: "=", value: "it's" }],
      groupBy: ["ApiName"],
      orderBy: { fn: "COUNT", descending: true },
      limit: 5,
    });
  });

  it("explains what it expected", () => {
    const cases: Array<[string, string]> = [
      ["SELECT MEDIAN(Latency) FROM Shop", "Expected one of AVG, COUNT, MAX, MIN, SUM but found 'MEDIAN'"],
      ["SELECT AVG(Latency)", "Expected FROM but found the end of the query"],
      ["SELECT AVG(Latency) FROM Shop WHERE Stage = prod", "Expected a label value in single quotes but found 'prod'"],
      ["SELECT AVG(Latency) FROM Shop LIMIT 501", "LIMIT must be a number from 1 to 500"],
      ["SELECT AVG(Latency) FROM Shop WHERE Stage > 'x'", "Unrecognized character at position 43: '>'"],
      ["SELECT AVG(Latency) FROM Shop ORDER BY AVG() SIDEWAYS", "Unexpected 'SIDEWAYS'"],
    ];
    for (const [text, message] of cases) {
      expect(() => parseInsightsQuery(text), text).toThrow(MetricMathError);
      expect(() => parseInsightsQuery(text), text).toThrow(message);
    }
  });
});
