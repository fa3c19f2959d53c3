import { describe, expect, it } from "vitest";
import { cachePrices, methodCaching } from "./method-caching";
import { pricesFor } from "./price-table";

describe("methodCaching", () => {
  const settings = { "*/*": { cachingEnabled: true, cacheTtlInSeconds: 60 }, "~1pets/POST": { cachingEnabled: true, cacheTtlInSeconds: 10, cacheDataEncrypted: true } };

  it("applies the stage default to GET methods only", () => {
    expect(methodCaching(settings, { resourcePath: "/toys", httpMethod: "GET" })).toEqual({ enabled: true, ttlSeconds: 60, encrypted: false, source: "stage default" });
    expect(methodCaching(settings, { resourcePath: "/toys", httpMethod: "PUT" })).toMatchObject({ enabled: false, source: "stage default" });
  });

  it("uses a method's own setting, which can cache other verbs", () => {
    expect(methodCaching(settings, { resourcePath: "/pets", httpMethod: "POST" })).toEqual({ enabled: true, ttlSeconds: 10, encrypted: true, source: "method" });
  });

  it("falls back to AWS's 300 s TTL when nothing is set", () => {
    expect(methodCaching({}, { resourcePath: "/", httpMethod: "GET" })).toEqual({ enabled: false, ttlSeconds: 300, encrypted: false, source: "stage default" });
  });
});

describe("cachePrices", () => {
  it("prices 0.5 GB at $0.020 an hour and $14.60 a month, and marks unconfirmed sizes as estimates", () => {
    const rows = cachePrices(pricesFor("us-east-1").prices);
    expect(rows[0]).toEqual({ size: "0.5", perHour: "$0.020 / hour", perMonth: "$14.60 / month", estimate: false });
    expect(rows.map((row) => row.size)).toEqual(["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]);
    expect(rows.find((row) => row.size === "237")).toMatchObject({ perMonth: "$2,774.00 / month", estimate: true });
  });
});
