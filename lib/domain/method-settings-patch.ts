// UpdateStage patch operations for a stage's method settings: /*/*/{group}/{key} for the stage defaults, or
// /{resource path with "/" escaped as ~1}/{VERB}/{group}/{key} for one method (root: /~1/GET/...).
import type { PatchOperation } from "./plan";
import type { MethodSettingValues } from "./stage-settings";

/** Which method settings entry: the stage defaults, or one method of one resource. */
export type MethodSettingTarget = "*/*" | { resourcePath: string; httpMethod: string };

/** Each MethodSettingValues field and the patch-path suffix AWS takes for it. */
export const methodSettingPathSuffixes: Record<keyof MethodSettingValues, string> = {
  metricsEnabled: "metrics/enabled",
  loggingLevel: "logging/loglevel",
  dataTraceEnabled: "logging/dataTrace",
  throttlingRateLimit: "throttling/rateLimit",
  throttlingBurstLimit: "throttling/burstLimit",
  cachingEnabled: "caching/enabled",
  cacheTtlInSeconds: "caching/ttlInSeconds",
  cacheDataEncrypted: "caching/dataEncrypted",
  requireAuthorizationForCacheControl: "caching/requireAuthorizationForCacheControl",
  unauthorizedCacheControlHeaderStrategy: "caching/unauthorizedCacheControlHeaderStrategy",
};

const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** The "{resourcePath}/{httpMethod}" part of a patch path, without the leading slash ("*\/*", "~1pets~1{id}/GET"). */
export function methodSettingKey(target: MethodSettingTarget): string {
  return target === "*/*" ? "*/*" : `${escapeSegment(target.resourcePath)}/${target.httpMethod}`;
}

/** The full patch path of one field of one entry: "/*\/*\/throttling/rateLimit". */
export function methodSettingPath(target: MethodSettingTarget, field: keyof MethodSettingValues): string {
  return `/${methodSettingKey(target)}/${methodSettingPathSuffixes[field]}`;
}

/** The replace operations that turn `current` into `next` for one entry; fields equal or absent in `next` send nothing. */
export function methodSettingPatches(target: MethodSettingTarget, current: MethodSettingValues, next: MethodSettingValues): PatchOperation[] {
  const fields = Object.keys(methodSettingPathSuffixes) as (keyof MethodSettingValues)[];
  return fields
    .filter((field) => next[field] !== undefined && next[field] !== current[field])
    .map((field) => ({ op: "replace", path: methodSettingPath(target, field), value: String(next[field]) }));
}

/** Removes one method's override entry so the stage defaults apply to it again. */
export function removeMethodSettingOverride(target: Exclude<MethodSettingTarget, "*/*">): PatchOperation {
  return { op: "remove", path: `/${methodSettingKey(target)}` };
}

/** The stage cache cluster as a form edits it: on or off, and a size ("0.5" ... "237" GB). */
export type CacheClusterChoice = { enabled: boolean; size: string | null };

/** UpdateStage operations for the cluster: the size before switching it on (so it is created at that size once); switching off sends only the switch. */
export function cacheClusterPatches(current: CacheClusterChoice, next: CacheClusterChoice): PatchOperation[] {
  const patches: PatchOperation[] = [];
  if (next.enabled && next.size !== null && next.size !== current.size) patches.push({ op: "replace", path: "/cacheClusterSize", value: next.size });
  if (next.enabled !== current.enabled) patches.push({ op: "replace", path: "/cacheClusterEnabled", value: String(next.enabled) });
  return patches;
}

/** The target a methodSettings key names ("~1pets~1{id}/GET" -> /pets/{id} GET), or null for a key that is not one. */
export function methodSettingTargetOf(key: string): MethodSettingTarget | null {
  if (key === "*/*") return "*/*";
  const slash = key.lastIndexOf("/");
  if (slash <= 0) return null;
  const resourcePath = key.slice(0, slash).replace(/~1/g, "/").replace(/~0/g, "~");
  return resourcePath.startsWith("/") ? { resourcePath, httpMethod: key.slice(slash + 1) } : null;
}
