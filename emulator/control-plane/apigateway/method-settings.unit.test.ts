import { describe, expect, it } from "vitest";
import { applyPatch } from "./patch";
import { DEFAULT_METHOD_SETTING, methodSettingKey, methodSettingPatchRules } from "./method-settings";
import type { StoredStage } from "./stage-types";
import { freshStage as stage } from "./stored-stage-fixture";

describe("method setting keys", () => {
  it("keeps */* for the stage defaults and re-escapes a resource path without its leading slash", () => {
    expect(methodSettingKey("*", "*", "/*/*/x")).toBe("*/*");
    expect(methodSettingKey("/pets/{petId}", "GET", "/~1pets~1{petId}/GET/x")).toBe("~1pets~1{petId}/GET");
    expect(methodSettingKey("/", "POST", "/~1/POST/x")).toBe("~1/POST");
  });

  it("refuses a wildcard resource with a specific verb and an unknown verb", () => {
    expect(() => methodSettingKey("*", "GET", "/*/GET/x")).toThrow("Invalid method setting path: /*/GET/x");
    expect(() => methodSettingKey("/pets", "FETCH", "p")).toThrow("Invalid method setting path");
  });

  it("keys a resource path sent without its escaped leading slash as sent, as AWS recorded (test_create_update_stages)", () => {
    expect(methodSettingKey("test", "GET", "/test/GET/throttling/burstLimit")).toBe("test/GET");
  });
});

describe("method setting patches", () => {
  it("parses string values into typed fields and leaves the other fields at their defaults", () => {
    const patched = applyPatch(stage, [
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "12.5" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "25" },
    ], methodSettingPatchRules);
    expect(patched.methodSettings["*/*"]).toEqual({ ...DEFAULT_METHOD_SETTING, throttlingRateLimit: 12.5, throttlingBurstLimit: 25 });
  });

  it("starts a per-method override from the current stage defaults", () => {
    const withDefaults = applyPatch(stage, [{ op: "replace", path: "/*/*/metrics/enabled", value: "true" }], methodSettingPatchRules);
    const patched = applyPatch(withDefaults, [{ op: "replace", path: "/~1pets/GET/caching/ttlInSeconds", value: "0" }], methodSettingPatchRules);
    expect(patched.methodSettings["~1pets/GET"]).toMatchObject({ metricsEnabled: true, cacheTtlInSeconds: 0 });
  });

  it("never mutates the stage it was given", () => {
    const frozen: StoredStage = Object.freeze({ ...stage, methodSettings: Object.freeze({}) });
    const patched = applyPatch(frozen, [{ op: "replace", path: "/*/*/logging/loglevel", value: "INFO" }], methodSettingPatchRules);
    expect(frozen.methodSettings).toEqual({});
    expect(patched.methodSettings["*/*"]?.loggingLevel).toBe("INFO");
  });
});
