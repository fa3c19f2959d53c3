// The Logs & metrics tab's model: execution logging, data trace and detailed metrics at the stage default and per
// method, plus access logging; and the UpdateStage operations that turn one reading of it into another.
import { accessLogPatches, type AccessLogValue } from "./stage-settings-patch";
import { methodSettingKey, methodSettingPatches, methodSettingTargetOf, removeMethodSettingOverride } from "./method-settings-patch";
import type { PatchOperation } from "./plan";
import { stageDefaultSettings, type MethodSettingValues, type StageSettings } from "./stage-settings";

export const loggingLevels = ["OFF", "ERROR", "INFO"] as const;
export type LoggingLevel = (typeof loggingLevels)[number];

/** The three logging and metrics fields of one methodSettings entry. */
export type LoggingValues = { loggingLevel: LoggingLevel; dataTraceEnabled: boolean; metricsEnabled: boolean };

export type MethodRef = { resourcePath: string; httpMethod: string };
export type LoggingOverride = MethodRef & { values: LoggingValues };
export type StageLoggingForm = { defaults: LoggingValues; overrides: LoggingOverride[]; accessLog: AccessLogValue };

/** An entry's logging fields, with AWS's defaults (OFF, off, off) for the unset ones. */
export function loggingValuesOf(setting: MethodSettingValues): LoggingValues {
  const level = loggingLevels.find((candidate) => candidate === setting.loggingLevel) ?? "OFF";
  return { loggingLevel: level, dataTraceEnabled: setting.dataTraceEnabled ?? false, metricsEnabled: setting.metricsEnabled ?? false };
}

/** The form as a stage's settings hold it: every per-method entry is an override, sorted by path then verb. */
export function stageLoggingFormOf(settings: StageSettings): StageLoggingForm {
  const overrides = Object.entries(settings.methodSettings).flatMap(([key, value]): LoggingOverride[] => {
    const target = methodSettingTargetOf(key);
    return target && target !== "*/*" ? [{ ...target, values: loggingValuesOf(value) }] : [];
  });
  overrides.sort((a, b) => a.resourcePath.localeCompare(b.resourcePath) || a.httpMethod.localeCompare(b.httpMethod));
  return { defaults: loggingValuesOf(stageDefaultSettings(settings)), overrides, accessLog: settings.accessLog ? { destinationArn: settings.accessLog.destinationArn, format: settings.accessLog.format ?? "" } : null };
}

const keyOf = (method: MethodRef) => methodSettingKey(method);

/** Every operation, in order: stage defaults, changed or new overrides, removed overrides, then access logging. */
export function stageLoggingPatches(current: StageLoggingForm, next: StageLoggingForm): PatchOperation[] {
  const before = new Map(current.overrides.map((override) => [keyOf(override), override.values]));
  const after = new Set(next.overrides.map(keyOf));
  return [
    ...methodSettingPatches("*/*", current.defaults, next.defaults),
    ...next.overrides.flatMap((override) => methodSettingPatches(override, before.get(keyOf(override)) ?? {}, override.values)),
    ...current.overrides.filter((override) => !after.has(keyOf(override))).map(removeMethodSettingOverride),
    ...accessLogPatches(current.accessLog, next.accessLog),
  ];
}

/** What differs between two readings of the form, in words ("stage default logging", "override GET /pets", "access logging"). */
export function changedLoggingSettings(expected: StageLoggingForm, actual: StageLoggingForm): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const changed: string[] = [];
  if (!same(expected.defaults, actual.defaults)) changed.push("stage default logging and metrics");
  const keys = new Set([...expected.overrides, ...actual.overrides].map(keyOf));
  for (const key of keys) {
    const a = expected.overrides.find((override) => keyOf(override) === key);
    const b = actual.overrides.find((override) => keyOf(override) === key);
    if (!same(a?.values, b?.values)) {
      const method = (a ?? b)!;
      changed.push(`override ${method.httpMethod} ${method.resourcePath}`);
    }
  }
  if (!same(expected.accessLog, actual.accessLog)) changed.push("access logging");
  return changed;
}

/** Each method's logging as it applies: its override when it has one, else the stage defaults. */
export function effectiveLogging(form: StageLoggingForm, methods: readonly MethodRef[]): (MethodRef & { values: LoggingValues; overridden: boolean })[] {
  return methods.map((method) => {
    const override = form.overrides.find((candidate) => keyOf(candidate) === keyOf(method));
    return { ...method, values: override?.values ?? form.defaults, overridden: Boolean(override) };
  });
}

/** How many of the methods emit detailed metrics (billed per method). */
export function detailedMetricsMethodCount(form: StageLoggingForm, methods: readonly MethodRef[]): number {
  return effectiveLogging(form, methods).filter((method) => method.values.metricsEnabled).length;
}

/** Whether any method would log full request and response bodies. */
export function dataTraceInUse(form: StageLoggingForm): boolean {
  return form.defaults.dataTraceEnabled || form.overrides.some((override) => override.values.dataTraceEnabled);
}

/** Whether any method logs execution or data trace (which needs the account's CloudWatch role on AWS). */
export function executionLoggingInUse(form: StageLoggingForm): boolean {
  return dataTraceInUse(form) || [form.defaults, ...form.overrides.map((override) => override.values)].some((values) => values.loggingLevel !== "OFF");
}
