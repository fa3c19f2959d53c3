import { describe, expect, it } from "vitest";
import { cacheClusterConflicts, describeConflicts, methodSettingConflicts } from "./method-setting-conflicts";

describe("methodSettingConflicts", () => {
  it("lists each edited field that changed since the form loaded, and ignores fields it does not edit", () => {
    const loaded = { throttlingRateLimit: 100, throttlingBurstLimit: 200, loggingLevel: "OFF" };
    const current = { throttlingRateLimit: 50, loggingLevel: "INFO" };
    const conflicts = methodSettingConflicts(loaded, current, ["throttlingRateLimit", "throttlingBurstLimit"]);
    expect(describeConflicts(conflicts)).toBe("Rate was 100, is now 50; Burst was 200, is now not set");
  });

  it("finds nothing when the stage still holds what was loaded", () => {
    expect(methodSettingConflicts({ cachingEnabled: true }, { cachingEnabled: true, metricsEnabled: true }, ["cachingEnabled", "cacheTtlInSeconds"])).toEqual([]);
  });
});

describe("cacheClusterConflicts", () => {
  it("reports a cluster switched or resized since loading, but not the size of a cluster that is off", () => {
    expect(cacheClusterConflicts({ enabled: false, size: "0.5" }, { enabled: true, size: "0.5" }).map((c) => c.label)).toEqual(["Cache cluster"]);
    expect(describeConflicts(cacheClusterConflicts({ enabled: true, size: "0.5" }, { enabled: true, size: "6.1" }))).toBe("Cache size was 0.5 GB, is now 6.1 GB");
    expect(cacheClusterConflicts({ enabled: false, size: "0.5" }, { enabled: false, size: null })).toEqual([]);
  });
});
