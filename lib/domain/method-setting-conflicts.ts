// A stage's settings can change between loading a form and saving it (another person, the CLI, Terraform).
// Saving compares what the form loaded with what the stage holds now, field by field, and refuses on any difference.
import type { CacheClusterChoice } from "./method-settings-patch";
import type { MethodSettingValues } from "./stage-settings";

/** Each method setting as a person reads it. */
export const methodSettingLabels: Record<keyof MethodSettingValues, string> = {
  metricsEnabled: "Detailed metrics",
  loggingLevel: "Execution logging",
  dataTraceEnabled: "Data trace",
  throttlingRateLimit: "Rate",
  throttlingBurstLimit: "Burst",
  cachingEnabled: "Caching",
  cacheTtlInSeconds: "TTL",
  cacheDataEncrypted: "Encrypt cache data",
  requireAuthorizationForCacheControl: "Require authorization to invalidate",
  unauthorizedCacheControlHeaderStrategy: "Unauthorized invalidation",
};

export type SettingConflict = { field: string; label: string; loaded: string; current: string };

const shown = (value: unknown) => (value === undefined || value === null ? "not set" : String(value));

/** The fields among `fields` whose value differs between what the form loaded and the stage now. */
export function methodSettingConflicts(loaded: MethodSettingValues, current: MethodSettingValues, fields: (keyof MethodSettingValues)[]): SettingConflict[] {
  return fields
    .filter((field) => shown(loaded[field]) !== shown(current[field]))
    .map((field) => ({ field, label: methodSettingLabels[field], loaded: shown(loaded[field]), current: shown(current[field]) }));
}

/** The cache cluster's switch and size, compared the same way. */
export function cacheClusterConflicts(loaded: CacheClusterChoice, current: CacheClusterChoice): SettingConflict[] {
  const conflicts: SettingConflict[] = [];
  if (loaded.enabled !== current.enabled) conflicts.push({ field: "cacheClusterEnabled", label: "Cache cluster", loaded: loaded.enabled ? "on" : "off", current: current.enabled ? "on" : "off" });
  if (loaded.enabled && current.enabled && loaded.size !== current.size) conflicts.push({ field: "cacheClusterSize", label: "Cache size", loaded: `${shown(loaded.size)} GB`, current: `${shown(current.size)} GB` });
  return conflicts;
}

/** "Rate was 100, is now 50; Burst was 200, is now not set" for a refusal message. */
export function describeConflicts(conflicts: SettingConflict[]): string {
  return conflicts.map((conflict) => `${conflict.label} was ${conflict.loaded}, is now ${conflict.current}`).join("; ");
}
