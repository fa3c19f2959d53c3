import { describe, expect, it } from "vitest";
import { methodSettingKey, methodSettingPatches, methodSettingTargetOf, removeMethodSettingOverride } from "./method-settings-patch";

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

describe("method setting keys read back", () => {
  it("turns GetStage's keys back into the method they name", () => {
    expect(methodSettingTargetOf("~1pets~1{petId}/GET")).toEqual({ resourcePath: "/pets/{petId}", httpMethod: "GET" });
    expect(methodSettingTargetOf("~1/POST")).toEqual({ resourcePath: "/", httpMethod: "POST" });
    expect(methodSettingTargetOf("*/*")).toBe("*/*");
    expect(methodSettingTargetOf("GET")).toBeNull();
  });
});
