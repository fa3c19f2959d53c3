import { describe, expect, it } from "vitest";
import type { StageSettings } from "./stage-settings";
import { changedLoggingSettings, dataTraceInUse, detailedMetricsMethodCount, executionLoggingInUse, stageLoggingFormOf, stageLoggingPatches, type StageLoggingForm } from "./stage-logging";

const settings = (methodSettings: StageSettings["methodSettings"], accessLog: StageSettings["accessLog"] = null): StageSettings => ({
  methodSettings,
  cacheCluster: { enabled: false, size: null, status: null },
  tracingEnabled: false,
  clientCertificateId: null,
  webAclArn: null,
  accessLog,
  tags: {},
});

const off = { loggingLevel: "OFF", dataTraceEnabled: false, metricsEnabled: false } as const;
const methods = [
  { resourcePath: "/pets", httpMethod: "GET" },
  { resourcePath: "/pets", httpMethod: "POST" },
  { resourcePath: "/pets/{petId}", httpMethod: "GET" },
];

describe("stage logging form", () => {
  it("reads the stage defaults and every per-method entry, unescaping AWS's keys", () => {
    const form = stageLoggingFormOf(settings({ "*/*": { loggingLevel: "ERROR", metricsEnabled: true }, "~1pets~1{petId}/GET": { loggingLevel: "INFO", throttlingRateLimit: 5 } }));
    expect(form.defaults).toEqual({ loggingLevel: "ERROR", dataTraceEnabled: false, metricsEnabled: true });
    expect(form.overrides).toEqual([{ resourcePath: "/pets/{petId}", httpMethod: "GET", values: { loggingLevel: "INFO", dataTraceEnabled: false, metricsEnabled: false } }]);
    expect(form.accessLog).toBeNull();
  });

  it("reads a stage without method settings as everything off", () => {
    expect(stageLoggingFormOf(settings({})).defaults).toEqual(off);
  });
});

describe("stage logging patches", () => {
  const current: StageLoggingForm = { defaults: off, overrides: [], accessLog: null };

  it("sets the stage default level, data trace and metrics on /*/*", () => {
    const next = { ...current, defaults: { loggingLevel: "INFO", dataTraceEnabled: true, metricsEnabled: true } as const };
    expect(stageLoggingPatches(current, next)).toEqual([
      { op: "replace", path: "/*/*/metrics/enabled", value: "true" },
      { op: "replace", path: "/*/*/logging/loglevel", value: "INFO" },
      { op: "replace", path: "/*/*/logging/dataTrace", value: "true" },
    ]);
  });

  it("sends every field of a new override and only changed fields of an existing one", () => {
    const added = { ...current, overrides: [{ resourcePath: "/pets", httpMethod: "GET", values: { ...off, loggingLevel: "ERROR" as const } }] };
    expect(stageLoggingPatches(current, added)).toEqual([
      { op: "replace", path: "/~1pets/GET/metrics/enabled", value: "false" },
      { op: "replace", path: "/~1pets/GET/logging/loglevel", value: "ERROR" },
      { op: "replace", path: "/~1pets/GET/logging/dataTrace", value: "false" },
    ]);
    const changed = { ...added, overrides: [{ ...added.overrides[0]!, values: { ...off, loggingLevel: "INFO" as const } }] };
    expect(stageLoggingPatches(added, changed)).toEqual([{ op: "replace", path: "/~1pets/GET/logging/loglevel", value: "INFO" }]);
  });

  it("removes an override by its entry and turns access logging off by removing /accessLogSettings", () => {
    const before: StageLoggingForm = { defaults: off, overrides: [{ resourcePath: "/pets/{petId}", httpMethod: "GET", values: off }], accessLog: { destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:a", format: "$context.requestId" } };
    expect(stageLoggingPatches(before, current)).toEqual([
      { op: "remove", path: "/~1pets~1{petId}/GET" },
      { op: "remove", path: "/accessLogSettings" },
    ]);
  });

  it("names what changed between the loaded stage and the stage now", () => {
    const now: StageLoggingForm = { defaults: { ...off, loggingLevel: "ERROR" }, overrides: [{ resourcePath: "/pets", httpMethod: "GET", values: off }], accessLog: null };
    expect(changedLoggingSettings(current, now)).toEqual(["stage default logging and metrics", "override GET /pets"]);
    expect(changedLoggingSettings(current, { ...current })).toEqual([]);
  });
});

describe("what the logging costs and risks", () => {
  it("counts methods with detailed metrics: the stage default, minus overrides that turn them off, plus overrides that turn them on", () => {
    const form: StageLoggingForm = { defaults: { ...off, metricsEnabled: true }, overrides: [{ resourcePath: "/pets", httpMethod: "POST", values: off }], accessLog: null };
    expect(detailedMetricsMethodCount(form, methods)).toBe(2);
    const onlyOne: StageLoggingForm = { defaults: off, overrides: [{ resourcePath: "/pets", httpMethod: "POST", values: { ...off, metricsEnabled: true } }], accessLog: null };
    expect(detailedMetricsMethodCount(onlyOne, methods)).toBe(1);
  });

  it("finds data trace and execution logging whether set as the default or on one method", () => {
    const traced: StageLoggingForm = { defaults: off, overrides: [{ resourcePath: "/pets", httpMethod: "GET", values: { ...off, dataTraceEnabled: true } }], accessLog: null };
    expect(dataTraceInUse(traced)).toBe(true);
    expect(executionLoggingInUse(traced)).toBe(true);
    const quiet: StageLoggingForm = { defaults: off, overrides: [], accessLog: null };
    expect(dataTraceInUse(quiet)).toBe(false);
    expect(executionLoggingInUse(quiet)).toBe(false);
    expect(executionLoggingInUse({ ...quiet, defaults: { ...off, loggingLevel: "ERROR" } })).toBe(true);
  });
});
