import { describe, expect, it } from "vitest";
import { batchQueries, type MetricQuery } from "./metric-query";

const metric = (id: string): MetricQuery => ({
  id,
  periodSeconds: 60,
  metric: { namespace: "AWS/ApiGateway", metricName: "Count", dimensions: { ApiName: id }, stat: "Sum" },
});

describe("batchQueries", () => {
  it("puts 1,001 metrics in three calls of at most 500", () => {
    const batches = batchQueries(Array.from({ length: 1001 }, (_, i) => metric(`m${i}`)));
    expect(batches.map((batch) => batch.length)).toEqual([500, 500, 1]);
  });

  it("keeps an expression in the same call as the metrics it reads", () => {
    const queries: MetricQuery[] = [...Array.from({ length: 499 }, (_, i) => metric(`m${i}`)), metric("errors"), metric("count"), { id: "rate", periodSeconds: 60, expression: "errors / count * 100" }];
    const batches = batchQueries(queries);
    const withRate = batches.find((batch) => batch.some((query) => query.id === "rate"))!;
    expect(withRate.map((query) => query.id)).toEqual(expect.arrayContaining(["errors", "count", "rate"]));
    expect(batches.every((batch) => batch.length <= 500)).toBe(true);
    expect(batches.flat()).toHaveLength(queries.length);
  });
});
