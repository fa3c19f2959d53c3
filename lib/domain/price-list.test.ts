import { describe, expect, it } from "vitest";
import { restRequestLines, totalOf } from "./cost-model";
import { pricesFromPriceList, type PriceListProduct } from "./price-list";
import { pricesFor } from "./price-table";

const restEntry: PriceListProduct = {
  product: { productFamily: "API Calls", attributes: { usagetype: "EUW1-ApiGatewayRequest", regionCode: "eu-west-1" } },
  terms: {
    OnDemand: {
      "SKU.JRTCKXETXF": {
        priceDimensions: {
          a: { beginRange: "333000000", endRange: "1000000000", unit: "Requests", pricePerUnit: { USD: "0.0000028000" } },
          b: { beginRange: "0", endRange: "333000000", unit: "Requests", pricePerUnit: { USD: "0.0000035000" } },
          c: { beginRange: "1000000000", endRange: "20000000000", unit: "Requests", pricePerUnit: { USD: "0.0000023800" } },
          d: { beginRange: "20000000000", endRange: "Inf", unit: "Requests", pricePerUnit: { USD: "0.0000015100" } },
        },
      },
    },
  },
};
const cacheEntry: PriceListProduct = {
  product: { productFamily: "Amazon API Gateway Cache", attributes: { cacheMemorySizeGb: "1.6", regionCode: "eu-west-1" } },
  terms: { OnDemand: { "SKU.X": { priceDimensions: { a: { unit: "Hrs", pricePerUnit: { USD: "0.0420000000" } } } } } },
};

describe("prices from the AWS Price List API", () => {
  const base = pricesFor("eu-west-1").prices;

  it("reads the REST request tiers in order, per million, and prices 500 M at $1,633.10", () => {
    const { prices, updated } = pricesFromPriceList([cacheEntry, restEntry], base, "eu-west-1", "2026-12-03T08:00:00Z");
    expect(prices.restRequests.tiers).toEqual([
      { upTo: 333_000_000, pricePerUnit: 3.5 },
      { upTo: 1_000_000_000, pricePerUnit: 2.8 },
      { upTo: 20_000_000_000, pricePerUnit: 2.38 },
      { upTo: null, pricePerUnit: 1.51 },
    ]);
    expect(totalOf(restRequestLines(500_000_000, prices))).toBe(1633.1);
    expect(prices.region).toBe("eu-west-1");
    expect(updated).toEqual(["REST API requests", "cache 1.6 GB"]);
  });

  it("confirms the cache sizes it found and keeps the others from the base table", () => {
    const { prices } = pricesFromPriceList([cacheEntry], base, "eu-west-1", "2026-12-03T08:00:00Z");
    expect(prices.cacheHourly["1.6"]).toMatchObject({ perHour: 0.042, source: { confirmed: true } });
    expect(prices.cacheHourly["0.5"]).toEqual(base.cacheHourly["0.5"]);
    expect(prices.restRequests).toEqual(base.restRequests);
  });
});
