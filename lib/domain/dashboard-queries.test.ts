import { describe, expect, it } from "vitest";
import { chartQueries, combineTotals, dimensionsOf, overviewChartQueries, rowTotals, totalsQueries } from "./dashboard-queries";
import { batchQueries, type MetricSeries } from "./metric-query";

const dimensionSets = (queries: ReturnType<typeof chartQueries>) => new Set(queries.filter((q) => q.metric).map((q) => Object.keys(q.metric!.dimensions).sort().join("+")));

describe("dimensionsOf", () => {
  it("uses exactly the dimension sets API Gateway publishes", () => {
    expect(dimensionsOf({ apiName: "pets" })).toEqual({ ApiName: "pets" });
    expect(dimensionsOf({ apiName: "pets", stage: "prod" })).toEqual({ ApiName: "pets", Stage: "prod" });
    expect(dimensionsOf({ apiName: "pets", stage: "prod", method: { resource: "/pets/{id}", httpMethod: "GET" } })).toEqual({
      ApiName: "pets",
      Method: "GET",
      Resource: "/pets/{id}",
      Stage: "prod",
    });
  });
});

describe("chartQueries", () => {
  it("reads one API stage under ApiName+Stage only, at the chart period", () => {
    const queries = chartQueries({ apiName: "pets", stage: "prod" }, 300);
    expect(dimensionSets(queries)).toEqual(new Set(["ApiName+Stage"]));
    expect(queries.every((query) => query.periodSeconds === 300)).toBe(true);
  });

  it("computes rates, overhead and cache ratio with metric math over metrics it already reads", () => {
    const queries = chartQueries({ apiName: "pets" }, 60);
    const ids = new Set(queries.map((query) => query.id));
    for (const query of queries.filter((q) => q.expression)) {
      for (const ref of query.expression!.match(/\b[a-z][a-zA-Z0-9]*\b/g)!) expect(ids.has(ref)).toBe(true);
    }
    expect(queries.find((query) => query.id === "overhead")!.expression).toBe("latAvg - intAvg");
    expect(queries.filter((query) => query.metric)).toHaveLength(10);
  });
});

describe("overviewChartQueries", () => {
  it("sums requests over every API in one expression and hides the inputs", () => {
    const queries = overviewChartQueries(["a", "b", "c"], 60);
    expect(queries.find((query) => query.id === "count")!.expression).toBe("SUM([o0_count, o1_count, o2_count])");
    expect(queries.filter((query) => query.metric).every((query) => query.returnData === false)).toBe(true);
    expect(dimensionSets(queries)).toEqual(new Set(["ApiName"]));
  });

  it("fits 20 APIs x 3 stages of totals and charts in one GetMetricData call", () => {
    const apis = Array.from({ length: 20 }, (_, i) => `api${i}`);
    const stages = apis.flatMap((apiName) => ["dev", "test", "prod"].map((stage) => ({ apiName, stage })));
    const queries = [...overviewChartQueries(apis, 60), ...totalsQueries(apis.map((apiName) => ({ apiName })), "a", 3600, { p50: true }), ...totalsQueries(stages, "s", 3600)];
    expect(queries.length).toBeLessThanOrEqual(500);
    expect(batchQueries(queries)).toHaveLength(1);
  });
});

describe("totalsQueries", () => {
  it("reads p50 only for rows that show it", () => {
    expect(totalsQueries([{ apiName: "a" }], "s", 3600).map((query) => query.id)).toEqual(["s0_count", "s0_e4", "s0_e5", "s0_p99"]);
    expect(totalsQueries([{ apiName: "a" }], "t", 3600, { p50: true }).map((query) => query.id)).toContain("t0_p50");
  });
});

describe("rowTotals", () => {
  const series = (id: string, values: number[]): [string, MetricSeries] => [id, { id, label: id, timestamps: values.map((_, i) => i), values, complete: true }];

  it("adds counts, keeps the worst percentile and leaves missing data null", () => {
    const data = new Map([series("a0_count", [30, 7]), series("a0_e4", [2]), series("a0_p99", [12, 40]), series("a1_count", [])]);
    const [first, second] = rowTotals([{ apiName: "x" }, { apiName: "y" }], "a", data);
    expect(first).toMatchObject({ requests: 37, errors4xx: 2, errors5xx: null, p99: 40 });
    expect(second).toMatchObject({ requests: null, p99: null });
    expect(combineTotals([first!, second!], { apiName: "*" })).toMatchObject({ requests: 37, errors4xx: 2, errors5xx: null, p99: 40 });
  });
});
