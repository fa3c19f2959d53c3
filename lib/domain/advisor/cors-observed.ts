// What CORS an API already sends, read from the header values mapped onto its responses: the advisor's CORS rules
// compare these and turn them back into CorsSettings so the fixes reuse the CORS configurator's planners.
import type { SnapshotMethod, SnapshotResource } from "../api-snapshot";
import { hasOriginEcho } from "../cors-origin-echo";
import { defaultAllowHeaders, type CorsSettings } from "../cors-settings";
import { responseHeaders } from "../response-header-patches";

const json = "application/json";

/** The headers mapped onto a method's 200 integration response, keyed by lower-case name. */
export function mappedCorsHeaders(method: SnapshotMethod): Record<string, string> {
  const mapped = responseHeaders(method.methodIntegration?.integrationResponses?.["200"]?.responseParameters ?? {});
  return Object.fromEntries(Object.entries(mapped).map(([name, value]) => [name.toLowerCase(), value]));
}

/** 'https://a.example' -> https://a.example; a mapping from the request or backend -> null. */
export function staticHeaderValue(value: string | undefined): string | null {
  return value !== undefined && /^'.*'$/.test(value) ? value.slice(1, -1) : null;
}

/** True when a non-OPTIONS method answers with CORS: a mapped Allow-Origin or the configurator's Origin check. */
export function sendsCors(method: SnapshotMethod): boolean {
  if (method.httpMethod === "OPTIONS") return false;
  const template = method.methodIntegration?.integrationResponses?.["200"]?.responseTemplates?.[json];
  return "access-control-allow-origin" in mappedCorsHeaders(method) || hasOriginEcho(template);
}

/** The methods of a resource that send CORS headers, OPTIONS excluded. */
export function corsMethodsOf(resource: SnapshotResource): SnapshotMethod[] {
  return Object.values(resource.methods).filter(sendsCors);
}

/** True when an OPTIONS method answers preflights with a mapped Allow-Origin (or the Origin check). */
export function answersPreflight(method: SnapshotMethod | undefined): boolean {
  if (!method) return false;
  const template = method.methodIntegration?.integrationResponses?.["200"]?.responseTemplates?.[json];
  return "access-control-allow-origin" in mappedCorsHeaders(method) || hasOriginEcho(template);
}

const list = (value: string | null) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);

/**
 * The settings that reproduce a response's static CORS headers, or null when its origin is not a static value
 * (an Origin check template or a mapping from the request): those need a person to say which origins are meant.
 */
export function settingsFromHeaders(headers: Record<string, string>, fallbackMethods: string[]): CorsSettings | null {
  const origin = staticHeaderValue(headers["access-control-allow-origin"]);
  if (!origin) return null;
  const maxAge = Number(staticHeaderValue(headers["access-control-max-age"]));
  const methods = list(staticHeaderValue(headers["access-control-allow-methods"])).filter((method) => method !== "OPTIONS");
  const allowHeaders = list(staticHeaderValue(headers["access-control-allow-headers"]));
  return {
    origins: [origin],
    allowMethods: methods.length > 0 ? methods : fallbackMethods,
    allowHeaders: allowHeaders.length > 0 ? allowHeaders : defaultAllowHeaders,
    exposeHeaders: list(staticHeaderValue(headers["access-control-expose-headers"])),
    allowCredentials: staticHeaderValue(headers["access-control-allow-credentials"]) === "true",
    maxAgeSeconds: Number.isFinite(maxAge) && headers["access-control-max-age"] ? maxAge : null,
  };
}
