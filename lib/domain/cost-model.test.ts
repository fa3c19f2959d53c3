import { describe, expect, it } from "vitest";
import { cacheLine, cacheMonthlyPrice, dataTransferLines, detailedMetricsLines, formatUsd, formatUsdPrecise, httpRequestLines, metricsRequestedLine, restRequestLines, shareAccountRequestCost, totalOf, xrayLine } from "./cost-model";
import { pricesFor } from "./price-table";

const { prices } = pricesFor("us-east-1");
const M = 1_000_000;

describe("REST API request tiers (us-east-1)", () => {
  it("prices 10 M requests in the first tier: 10 x $3.50 = $35.00", () => {
    const lines = restRequestLines(10 * M, prices);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.arithmetic).toBe("10 M × $3.50");
    expect(formatUsd(totalOf(lines))).toBe("$35.00");
  });

  it("prices 500 M across two tiers: 333 x $3.50 = $1,165.50 + 167 x $2.80 = $467.60 -> $1,633.10", () => {
    const lines = restRequestLines(500 * M, prices);
    expect(lines.map((line) => line.arithmetic)).toEqual(["333 M × $3.50", "167 M × $2.80"]);
    expect(lines.map((line) => formatUsd(line.amount))).toEqual(["$1,165.50", "$467.60"]);
    expect(formatUsd(totalOf(lines))).toBe("$1,633.10");
  });

  it("prices 5 B across three tiers: $1,165.50 + 667 x $2.80 = $1,867.60 + 4,000 x $2.38 = $9,520.00 -> $12,553.10", () => {
    const lines = restRequestLines(5_000 * M, prices);
    expect(lines.map((line) => line.label)).toEqual(["Requests, first 333 M", "Requests, next 667 M", "Requests, next 19 B"]);
    expect(lines.map((line) => formatUsd(line.amount))).toEqual(["$1,165.50", "$1,867.60", "$9,520.00"]);
    expect(formatUsd(totalOf(lines))).toBe("$12,553.10");
  });

  it("prices 25 B with the last tier: $1,165.50 + $1,867.60 + 19,000 x $2.38 = $45,220.00 + 5,000 x $1.51 = $7,550.00 -> $55,803.10", () => {
    const lines = restRequestLines(25_000 * M, prices);
    expect(lines.map((line) => line.label)).toEqual(["Requests, first 333 M", "Requests, next 667 M", "Requests, next 19 B", "Requests, over 20 B"]);
    expect(lines.map((line) => formatUsd(line.amount))).toEqual(["$1,165.50", "$1,867.60", "$45,220.00", "$7,550.00"]);
    expect(formatUsd(totalOf(lines))).toBe("$55,803.10");
  });

  it("crosses a tier boundary exactly: 333,000,001 requests = $1,165.50 + 1 x $2.80 / 1 M", () => {
    const lines = restRequestLines(333 * M + 1, prices);
    expect(lines[1]!.quantity).toBe(1);
    expect(lines[1]!.amount).toBeCloseTo(0.0000028, 10);
    expect(formatUsd(totalOf(lines))).toBe("$1,165.50");
  });

  it("charges nothing for no requests", () => {
    expect(restRequestLines(0, prices)).toEqual([]);
    expect(totalOf([])).toBe(0);
  });
});

describe("APIs sharing one account's tiers", () => {
  it("prices the account's 500 M once and splits it by requests: 400 M -> $1,306.48, 100 M -> $326.62", () => {
    // Alone, 400 M would cost 333 x 3.50 + 67 x 2.80 = $1,353.10 and 100 M $350.00 ($1,703.10 together): sharing saves $70.
    const { total, shares } = shareAccountRequestCost({ orders: 400 * M, users: 100 * M }, prices);
    expect(formatUsd(total)).toBe("$1,633.10");
    // 1,633.10 x 0.8 = 1,306.48 and x 0.2 = 326.62
    expect(shares).toEqual({ orders: 1306.48, users: 326.62 });
    expect(formatUsd(shares.orders + shares.users)).toBe("$1,633.10");
  });

  it("gives every API a zero share when there is no traffic", () => {
    expect(shareAccountRequestCost({ a: 0, b: 0 }, prices).shares).toEqual({ a: 0, b: 0 });
  });
});

describe("cache clusters", () => {
  it("prices a 0.5 GB cache for 730 hours: 730 x $0.020 = $14.60", () => {
    const line = cacheLine("0.5", 730, prices);
    expect(line.arithmetic).toBe("730 h × $0.020");
    expect(formatUsd(line.amount)).toBe("$14.60");
    expect(line.estimate).toBe(false);
    expect(formatUsd(cacheMonthlyPrice("0.5", prices))).toBe("$14.60");
  });

  it("labels sizes whose price is unconfirmed as estimates: 6.1 GB for 720 h = $144.00", () => {
    const line = cacheLine("6.1", 720, prices);
    expect(formatUsd(line.amount)).toBe("$144.00");
    expect(line.estimate).toBe(true);
  });
});

describe("data transfer out", () => {
  it("prices 10 M responses of 50 KB: 476.837 GB x $0.09 = $42.92", () => {
    // 10,000,000 x 50 KB = 500,000,000 KB = 476.837 GB (1 GB = 1,048,576 KB)
    const lines = dataTransferLines(10 * M, 50, prices);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBeCloseTo(476.837, 3);
    expect(formatUsd(totalOf(lines))).toBe("$42.92");
  });

  it("crosses into the second transfer tier above 10 TB: 10,240 GB x $0.09 + 1,024 GB x $0.085 = $921.60 + $87.04", () => {
    const lines = dataTransferLines(11_264 * 1024, 1024, prices); // 11,264 GB of 1 MB responses
    expect(lines.map((line) => formatUsd(line.amount))).toEqual(["$921.60", "$87.04"]);
  });
});

describe("a month with requests, cache and transfer out", () => {
  it("adds 10 M requests ($35.00), a 0.5 GB cache for 720 h ($14.40) and 10 M x 50 KB out ($42.92) = $92.32", () => {
    const lines = [...restRequestLines(10 * M, prices), cacheLine("0.5", 720, prices), ...dataTransferLines(10 * M, 50, prices)];
    expect(formatUsd(totalOf(lines))).toBe("$92.32");
  });
});

describe("CloudWatch and X-Ray", () => {
  it("prices detailed metrics for 10 methods on 2 stages: 20 x 5 metrics = 100 x $0.30 = $30.00 a month", () => {
    const lines = detailedMetricsLines(20, prices);
    expect(lines[0]!.quantity).toBe(100);
    expect(formatUsd(totalOf(lines))).toBe("$30.00");
  });

  it("adds the two cache metrics per method where the stage caches: 20 x 7 = 140 x $0.30 = $42.00", () => {
    expect(formatUsd(totalOf(detailedMetricsLines(20, prices, true)))).toBe("$42.00");
  });

  it("samples traces as API Gateway does: 1 per second plus 5% of the rest; 10 M requests in 30 days = 2,592,000 + 370,400 traces = $14.81", () => {
    const seconds = 30 * 86_400; // 2,592,000
    const line = xrayLine(10 * M, seconds, prices);
    expect(line.quantity).toBe(2_592_000 + 0.05 * (10 * M - 2_592_000));
    expect(formatUsd(line.amount)).toBe("$14.81");
  });
});

describe("the console's own reads", () => {
  it("prices a dashboard read of 500 metrics at 500 / 1,000 x $0.01 = $0.005, shown to two figures", () => {
    const line = metricsRequestedLine(500, prices);
    expect(line.amount).toBeCloseTo(0.005, 10);
    expect(formatUsdPrecise(line.amount)).toBe("$0.0050");
    expect(formatUsdPrecise(14.6)).toBe("$14.60");
    expect(formatUsdPrecise(0)).toBe("$0");
  });
});

describe("HTTP API comparison", () => {
  it("prices 500 M HTTP API requests: 300 x $1.00 + 200 x $0.90 = $480.00", () => {
    expect(formatUsd(totalOf(httpRequestLines(500 * M, prices)))).toBe("$480.00");
  });
});

describe("regions", () => {
  it("falls back to us-east-1 prices for a region the table does not carry, and says so", () => {
    expect(pricesFor("eu-west-1")).toMatchObject({ fallback: true, prices: { region: "us-east-1" } });
    expect(pricesFor("us-east-1").fallback).toBe(false);
  });
});
