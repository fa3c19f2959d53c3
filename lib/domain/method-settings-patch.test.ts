import { describe, expect, it } from "vitest";
import { cacheClusterPatches, methodSettingKey, methodSettingPatches, methodSettingTargetOf, removeMethodSettingOverride } from "./method-settings-patch";

describe("method settings patches", () => {
  it("escapes the resource path as AWS's JSON pointer form, the root included", () => {
    expect(methodSettingKey({ resourcePath: "/pets/{petId}", httpMethod: "GET" })).toBe("~1pets~1{petId}/GET");
    expect(methodSettingKey({ resourcePath: "/", httpMethod: "POST" })).toBe("~1/POST");
    expect(methodSettingKey("*/*")).toBe("*/*");
  });

  it("sends one replace per changed field, values as strings, and nothing for unchanged or absent fields", () => {
    const current = { throttlingRateLimit: 10000, throttlingBurstLimit: 5000, metricsEnabled: false };
    const next = { throttlingRateLimit: 100, throttlingBurstLimit: 5000, cachingEnabled: true };
    expect(methodSettingPatches("*/*", current, next)).toEqual([
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "100" },
      { op: "replace", path: "/*/*/caching/enabled", value: "true" },
    ]);
  });

  it("addresses one method's entry and removes an override by its key", () => {
    const target = { resourcePath: "/pets", httpMethod: "GET" };
    expect(methodSettingPatches(target, {}, { loggingLevel: "INFO" })).toEqual([{ op: "replace", path: "/~1pets/GET/logging/loglevel", value: "INFO" }]);
    expect(removeMethodSettingOverride(target)).toEqual({ op: "remove", path: "/~1pets/GET" });
  });
});

describe("cache cluster patches", () => {
  it("sends the size before switching the cluster on, and nothing more when it is already on at that size", () => {
    expect(cacheClusterPatches({ enabled: false, size: null }, { enabled: true, size: "0.5" })).toEqual([
      { op: "replace", path: "/cacheClusterSize", value: "0.5" },
      { op: "replace", path: "/cacheClusterEnabled", value: "true" },
    ]);
    expect(cacheClusterPatches({ enabled: true, size: "0.5" }, { enabled: true, size: "0.5" })).toEqual([]);
  });

  it("resizes a running cluster with the size alone and switches it off without a size", () => {
    expect(cacheClusterPatches({ enabled: true, size: "0.5" }, { enabled: true, size: "6.1" })).toEqual([{ op: "replace", path: "/cacheClusterSize", value: "6.1" }]);
    expect(cacheClusterPatches({ enabled: true, size: "0.5" }, { enabled: false, size: "6.1" })).toEqual([{ op: "replace", path: "/cacheClusterEnabled", value: "false" }]);
  });
});

describe("caching and throttling fields", () => {
  it("builds a method's caching override with AWS's key suffixes", () => {
    const target = { resourcePath: "/pets/{petId}", httpMethod: "GET" };
    const next = { cachingEnabled: true, cacheTtlInSeconds: 60, cacheDataEncrypted: true, requireAuthorizationForCacheControl: false, unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" };
    expect(methodSettingPatches(target, {}, next).map((patch) => `${patch.path}=${patch.value}`)).toEqual([
      "/~1pets~1{petId}/GET/caching/enabled=true",
      "/~1pets~1{petId}/GET/caching/ttlInSeconds=60",
      "/~1pets~1{petId}/GET/caching/dataEncrypted=true",
      "/~1pets~1{petId}/GET/caching/requireAuthorizationForCacheControl=false",
      "/~1pets~1{petId}/GET/caching/unauthorizedCacheControlHeaderStrategy=FAIL_WITH_403",
    ]);
  });

  it("writes a fractional rate as AWS reads it", () => {
    expect(methodSettingPatches("*/*", {}, { throttlingRateLimit: 0.5, throttlingBurstLimit: 0 })).toEqual([
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "0.5" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "0" },
    ]);
  });
});

describe("method setting keys read back", () => {
  it("turns GetStage's keys back into the method they name", () => {
    expect(methodSettingTargetOf("~1pets~1{petId}/GET")).toEqual({ resourcePath: "/pets/{petId}", httpMethod: "GET" });
    expect(methodSettingTargetOf("~1/POST")).toEqual({ resourcePath: "/", httpMethod: "POST" });
    expect(methodSettingTargetOf("*/*")).toBe("*/*");
    expect(methodSettingTargetOf("GET")).toBeNull();
  });
});
