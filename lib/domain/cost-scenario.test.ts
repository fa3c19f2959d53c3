import { describe, expect, it } from "vitest";
import { formatUsd } from "./cost-model";
import { compareWithHttpApi, estimateScenario, type CostScenario, type RestFeatures } from "./cost-scenario";
import { pricesFor } from "./price-table";

const { prices } = pricesFor("us-east-1");
const M = 1_000_000;
const base: CostScenario = { monthlyRequests: 10 * M, otherAccountRequests: 0, cacheSizes: [], cacheHitRatio: 0, averageResponseKb: 0, detailedMetricPairs: 0, tracing: false, logGb: 0 };
const noFeatures: RestFeatures = { apiKeys: false, usagePlans: false, caching: false, requestValidation: false, mappingTemplates: false, waf: false, privateEndpoint: false, edgeOptimized: false, resourcePolicy: false, awsServiceIntegrations: false, mockIntegrations: false };

describe("what-if estimates", () => {
  it("10 M requests alone cost $35.00", () => {
    expect(formatUsd(estimateScenario(base, prices).total)).toBe("$35.00");
  });

  it("adding a 0.5 GB cache moves the total by its monthly price, $14.60, and spares the backend the hit ratio", () => {
    const withCache = estimateScenario({ ...base, cacheSizes: ["0.5"], cacheHitRatio: 0.6 }, prices);
    expect(formatUsd(withCache.total - estimateScenario(base, prices).total)).toBe("$14.60");
    expect(withCache.backendRequests).toBe(4 * M);
  });

  it("turning detailed metrics on for 5 methods on one stage adds 25 metrics x $0.30 = $7.50", () => {
    const on = estimateScenario({ ...base, detailedMetricPairs: 5 }, prices);
    expect(formatUsd(on.total)).toBe("$42.50");
  });

  it("charges an API its share of the account's tiers when other APIs use the same account", () => {
    // Account: 500 M -> $1,633.10; this API's 10 M is 2% -> $32.66 (less than $35.00 alone: the others pushed into cheaper tiers).
    const shared = estimateScenario({ ...base, otherAccountRequests: 490 * M }, prices);
    expect(formatUsd(shared.total)).toBe("$32.66");
  });
});

describe("HTTP API instead", () => {
  it("prices the same traffic as an HTTP API and names the REST features it would lose", () => {
    const comparison = compareWithHttpApi(500 * M, { ...noFeatures, apiKeys: true, caching: true, mappingTemplates: true }, prices);
    expect(formatUsd(comparison.total)).toBe("$480.00");
    expect(comparison.missing).toEqual(["API keys", "response caching", "VTL mapping templates"]);
  });

  it("lists nothing lost for an API that uses no REST-only feature", () => {
    expect(compareWithHttpApi(M, noFeatures, prices).missing).toEqual([]);
  });
});
