import { describe, expect, it } from "vitest";
import { defaultAccountThrottle, planMethodKey, resolveEffectiveLimits, settingValue, type EffectiveLimitQuery, type PlanThrottles } from "./effective-limits";

const getPets = { resourcePath: "/pets", httpMethod: "GET", apiKeyRequired: true };
const base: EffectiveLimitQuery = { account: defaultAccountThrottle, methodSettings: {}, method: getPets };
const plan = (overrides: Partial<PlanThrottles> = {}): PlanThrottles => ({ planId: "p1", planName: "Gold", throttle: null, methodThrottles: {}, ...overrides });
const applying = (query: EffectiveLimitQuery) => resolveEffectiveLimits(query).levels.filter((level) => level.applies).map((level) => level.level);

describe("resolveEffectiveLimits", () => {
  it("falls back to the account's 10,000 rps and 5,000 burst when nothing else is set", () => {
    const result = resolveEffectiveLimits(base);
    expect(result.rate).toEqual({ level: "account", value: 10_000 });
    expect(result.burst).toEqual({ level: "account", value: 5_000 });
    expect(applying(base)).toEqual(["account"]);
  });

  it("applies the stage default to a method without its own setting", () => {
    const query = { ...base, methodSettings: { "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 50 } } };
    const result = resolveEffectiveLimits(query);
    expect(result.rate).toEqual({ level: "stage-default", value: 100 });
    expect(result.burst).toEqual({ level: "stage-default", value: 50 });
    expect(applying(query)).toEqual(["stage-default", "account"]);
  });

  it("lets a method setting replace the stage default for that method even when it is higher", () => {
    const query = { ...base, methodSettings: { "*/*": { throttlingRateLimit: 100, throttlingBurstLimit: 50 }, "~1pets/GET": { throttlingRateLimit: 500, throttlingBurstLimit: 200 } } };
    const result = resolveEffectiveLimits(query);
    expect(result.rate).toEqual({ level: "stage-method", value: 500 });
    const stageDefault = result.levels.find((level) => level.level === "stage-default");
    expect(stageDefault).toMatchObject({ applies: false, reason: "Replaced by the method's own setting on this stage." });
  });

  it("matches a method setting on a nested path by AWS's escaped key and ignores other methods' settings", () => {
    const method = { resourcePath: "/pets/{petId}", httpMethod: "GET", apiKeyRequired: false };
    const settings = { "~1pets~1{petId}/GET": { throttlingRateLimit: 7, throttlingBurstLimit: 3 }, "~1pets/GET": { throttlingRateLimit: 1, throttlingBurstLimit: 1 } };
    expect(resolveEffectiveLimits({ ...base, method, methodSettings: settings }).rate).toEqual({ level: "stage-method", value: 7 });
  });

  it("treats -1 as not set and a stage value equal to the account's as no stage limit", () => {
    const query = { ...base, methodSettings: { "*/*": { throttlingRateLimit: -1, throttlingBurstLimit: 5_000 } } };
    const result = resolveEffectiveLimits(query);
    expect(result.rate.level).toBe("account");
    expect(result.burst.level).toBe("account");
    expect(result.levels.find((level) => level.level === "stage-default")).toMatchObject({ applies: false, reason: "The stage sets no default below the account's limits." });
  });

  it("resolves rate and burst separately: each is the lowest of its own kind", () => {
    const query: EffectiveLimitQuery = { ...base, methodSettings: { "*/*": { throttlingRateLimit: 50, throttlingBurstLimit: 4_000 } }, plan: plan({ throttle: { rateLimit: 200, burstLimit: 20 } }) };
    const result = resolveEffectiveLimits(query);
    expect(result.rate).toEqual({ level: "stage-default", value: 50 });
    expect(result.burst).toEqual({ level: "plan", value: 20 });
  });

  it("enforces both a plan's per-method throttle and its plan throttle for a key", () => {
    const methodThrottles = { [planMethodKey("/pets", "GET")]: { rateLimit: 5, burstLimit: 100 } };
    const query: EffectiveLimitQuery = { ...base, plan: plan({ throttle: { rateLimit: 10, burstLimit: 10 }, methodThrottles }) };
    const result = resolveEffectiveLimits(query);
    expect(applying(query)).toEqual(["plan-method", "plan", "account"]);
    expect(result.rate).toEqual({ level: "plan-method", value: 5 });
    expect(result.burst).toEqual({ level: "plan", value: 10 });
  });

  it("names the more specific level when two levels set the same limit", () => {
    const query: EffectiveLimitQuery = { ...base, methodSettings: { "*/*": { throttlingRateLimit: 10, throttlingBurstLimit: 10 } }, plan: plan({ throttle: { rateLimit: 10, burstLimit: 10 } }) };
    expect(resolveEffectiveLimits(query).rate).toEqual({ level: "plan", value: 10 });
  });

  it("applies no usage plan to a method that does not require an API key", () => {
    const query: EffectiveLimitQuery = { ...base, method: { ...getPets, apiKeyRequired: false }, plan: plan({ throttle: { rateLimit: 1, burstLimit: 1 } }) };
    const result = resolveEffectiveLimits(query);
    expect(result.rate.level).toBe("account");
    expect(result.levels[1]).toMatchObject({ level: "plan", applies: false, reason: "GET does not require an API key, so API Gateway applies no usage plan to it." });
  });

  it("says so when the chosen key has no plan for this stage, and lists no plan levels when no key was chosen", () => {
    expect(resolveEffectiveLimits({ ...base, plan: null }).levels[0]).toMatchObject({ level: "plan-method", applies: false, reason: "The key is in no usage plan for this stage." });
    expect(resolveEffectiveLimits(base).levels.map((level) => level.level)).toEqual(["stage-method", "stage-default", "account"]);
  });

  it("uses a raised account limit as the ceiling", () => {
    const query = { ...base, account: { rateLimit: 20_000, burstLimit: 8_000 }, methodSettings: { "*/*": { throttlingRateLimit: 10_000, throttlingBurstLimit: 5_000 } } };
    expect(resolveEffectiveLimits(query).rate).toEqual({ level: "stage-default", value: 10_000 });
  });
});

describe("settingValue", () => {
  it("reads negative and missing values as not set and keeps zero", () => {
    expect([settingValue(-1), settingValue(undefined), settingValue(null), settingValue(0), settingValue(12.5)]).toEqual([null, null, null, 0, 12.5]);
  });
});
