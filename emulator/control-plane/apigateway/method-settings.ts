// UpdateStage's method-setting paths: /{escaped resource path}/{VERB}/{group}/{key}, or /*/* for the stage defaults.
// Stage.methodSettings keys are the path's first two segments as sent ("*/*", "~1pets~1{petId}/GET"), as on AWS.
import { badRequest } from "../../protocol/aws-error";
import { parseBoolean } from "./rest-apis";
import type { PatchRules } from "./patch";
import { loggingLevels, unauthorizedCacheControlHeaderStrategies, type MethodSetting, type StoredStage } from "./stage-types";

/**
 * What a new entry starts from when the stage has no "*\/*" defaults: the account throttle, caching off, and no
 * loggingLevel, which AWS leaves out until one is set (test_apigateway_common.py::test_create_update_stages).
 */
export const DEFAULT_METHOD_SETTING: MethodSetting = {
  metricsEnabled: false,
  dataTraceEnabled: false,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
};

const verbs = ["*", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];
const escapeSegment = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

// The paths UpdateStage takes, as AWS lists them when refusing one (its own odd separators kept).
const stagePatchPaths =
  "[/deploymentId, /description, /cacheClusterEnabled, /cacheClusterSize, /clientCertificateId, /accessLogSettings, " +
  "/accessLogSettings/destinationArn, /accessLogSettings/format, /{resourcePath}/{httpMethod}/metrics/enabled, " +
  "/{resourcePath}/{httpMethod}/logging/dataTrace, /{resourcePath}/{httpMethod}/logging/loglevel, " +
  "/{resourcePath}/{httpMethod}/throttling/burstLimit/{resourcePath}/{httpMethod}/throttling/rateLimit/{resourcePath}/{httpMethod}/caching/ttlInSeconds, " +
  "/{resourcePath}/{httpMethod}/caching/enabled, /{resourcePath}/{httpMethod}/caching/dataEncrypted, " +
  "/{resourcePath}/{httpMethod}/caching/requireAuthorizationForCacheControl, /{resourcePath}/{httpMethod}/caching/unauthorizedCacheControlHeaderStrategy, " +
  "/*/*/metrics/enabled, /*/*/logging/dataTrace, /*/*/logging/loglevel, /*/*/throttling/burstLimit /*/*/throttling/rateLimit /*/*/caching/ttlInSeconds, " +
  "/*/*/caching/enabled, /*/*/caching/dataEncrypted, /*/*/caching/requireAuthorizationForCacheControl, " +
  "/*/*/caching/unauthorizedCacheControlHeaderStrategy, /variables/{variable_name}, /tracingEnabled]";

/** UpdateStage's answer to a path it does not know, listing the paths it does (AWS's text). */
export const invalidStagePatchPath = (operation: { path: string }) =>
  badRequest(`Invalid method setting path: ${operation.path}. Must be one of: ${stagePatchPaths}`);

// AWS takes a resource path without its escaped leading slash too ("/test/GET/throttling/burstLimit") and keys the
// entry as sent ("test/GET"), whether or not the resource exists (test_apigateway_common.py::test_create_update_stages).
const namesMethod = (resourcePath: string, verb: string) =>
  (resourcePath === "*" && verb === "*") || (resourcePath !== "*" && resourcePath !== "" && verbs.includes(verb));

/** The methodSettings key for captured (unescaped) resource path and verb; refuses anything else. */
export function methodSettingKey(resourcePath: string, verb: string, patchPath: string): string {
  if (!namesMethod(resourcePath, verb)) throw invalidStagePatchPath({ path: patchPath });
  return resourcePath === "*" ? "*/*" : `${escapeSegment(resourcePath)}/${verb}`;
}

function parseNumber(value: string | undefined, member: string, check: (n: number) => boolean): number {
  const number = Number(value);
  if (value === undefined || value.trim() === "" || !Number.isFinite(number) || !check(number)) {
    throw badRequest(`Invalid value for ${member}: ${value ?? "null"}`);
  }
  return number;
}

function parseEnum<T extends string>(value: string | undefined, member: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value ?? "")) {
    throw badRequest(`Invalid value for ${member}: ${value ?? "null"}. Valid values are ${allowed.join(", ")}`);
  }
  return value as T;
}

type SettingParser = (value: string | undefined) => Partial<MethodSetting>;

// Patch path suffix -> how its string value becomes a MethodSetting field.
const settingParsers: Record<string, SettingParser> = {
  "metrics/enabled": (v) => ({ metricsEnabled: parseBoolean(v, "metrics/enabled") }),
  "logging/loglevel": (v) => ({ loggingLevel: parseEnum(v, "logging/loglevel", loggingLevels) }),
  "logging/dataTrace": (v) => ({ dataTraceEnabled: parseBoolean(v, "logging/dataTrace") }),
  "throttling/rateLimit": (v) => ({ throttlingRateLimit: parseNumber(v, "throttling/rateLimit", (n) => n >= -1) }),
  "throttling/burstLimit": (v) => ({ throttlingBurstLimit: parseNumber(v, "throttling/burstLimit", (n) => Number.isInteger(n) && n >= -1) }),
  "caching/enabled": (v) => ({ cachingEnabled: parseBoolean(v, "caching/enabled") }),
  "caching/ttlInSeconds": (v) => ({ cacheTtlInSeconds: parseNumber(v, "caching/ttlInSeconds", (n) => Number.isInteger(n) && n >= 0 && n <= 3600) }),
  "caching/dataEncrypted": (v) => ({ cacheDataEncrypted: parseBoolean(v, "caching/dataEncrypted") }),
  "caching/requireAuthorizationForCacheControl": (v) => ({ requireAuthorizationForCacheControl: parseBoolean(v, "caching/requireAuthorizationForCacheControl") }),
  "caching/unauthorizedCacheControlHeaderStrategy": (v) => ({
    unauthorizedCacheControlHeaderStrategy: parseEnum(v, "caching/unauthorizedCacheControlHeaderStrategy", unauthorizedCacheControlHeaderStrategies),
  }),
};

/** A new per-method entry starts from the stage defaults as they are now; later default changes do not reach it. */
function settingFor(stage: StoredStage, key: string): MethodSetting {
  return stage.methodSettings[key] ?? stage.methodSettings["*/*"] ?? DEFAULT_METHOD_SETTING;
}

function settingRule(suffix: string, parse: SettingParser): PatchRules<StoredStage> {
  return {
    [`/{resource}/{verb}/${suffix}`]: {
      ops: ["replace", "add"],
      apply: (stage, value, _op, [resource, verb], operation) => {
        const key = methodSettingKey(resource!, verb!, operation.path);
        const setting = { ...settingFor(stage, key), ...parse(value) };
        return { ...stage, methodSettings: { ...stage.methodSettings, [key]: setting } };
      },
    },
  };
}

export const methodSettingPatchRules: PatchRules<StoredStage> = {
  ...Object.assign({}, ...Object.entries(settingParsers).map(([suffix, parse]) => settingRule(suffix, parse))),
  // Removing "/~1pets/GET" drops that method's override, so the stage defaults apply to it again.
  // Only a remove takes a bare two-segment path: AWS answers replace /canarySettings/badPath as an invalid path.
  "/{resource}/{verb}": {
    ops: ["remove", "add", "replace"],
    apply: (stage, _value, op, [resource, verb], operation) => {
      if (op !== "remove") throw invalidStagePatchPath(operation);
      const key = namesMethod(resource!, verb!) ? methodSettingKey(resource!, verb!, operation.path) : undefined;
      // AWS's wording, trailing space included, recorded for */* and for /canarySettings/stageVariableOverrides.
      if (!key || !stage.methodSettings[key]) {
        throw badRequest(`Cannot remove method setting ${operation.path.slice(1)} because there is no method setting for this method `);
      }
      const methodSettings = { ...stage.methodSettings };
      delete methodSettings[key];
      return { ...stage, methodSettings };
    },
  },
};
