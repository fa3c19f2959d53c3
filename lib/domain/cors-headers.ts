import type { ApiDesignSnapshot } from "./api-design";
import { allowMethodsValue, originMode, type CorsSettings } from "./cors-settings";

const quote = (value: string) => `'${value.replace(/'/g, "")}'`;

/** The OPTIONS (preflight) response's header mappings; with several origins the template sets Allow-Origin instead. */
export function preflightHeaderValues(settings: CorsSettings): Record<string, string> {
  const mode = originMode(settings);
  const headers: Record<string, string> = {
    "Access-Control-Allow-Headers": quote(settings.allowHeaders.join(",") || "Content-Type"),
    "Access-Control-Allow-Methods": quote(allowMethodsValue(settings)),
  };
  if (mode.kind === "any") headers["Access-Control-Allow-Origin"] = "'*'";
  if (mode.kind === "one") headers["Access-Control-Allow-Origin"] = quote(mode.origin);
  if (mode.kind === "several") headers.Vary = "'Origin'";
  if (settings.allowCredentials) headers["Access-Control-Allow-Credentials"] = "'true'";
  if (settings.maxAgeSeconds !== null) headers["Access-Control-Max-Age"] = quote(String(settings.maxAgeSeconds));
  return headers;
}

/** The headers mapped onto a non-proxy method's 200 response (the actual, not the preflight, response). */
export function actualResponseHeaderValues(settings: CorsSettings): Record<string, string> {
  const mode = originMode(settings);
  const headers: Record<string, string> = {};
  if (mode.kind === "any") headers["Access-Control-Allow-Origin"] = "'*'";
  if (mode.kind === "one") headers["Access-Control-Allow-Origin"] = quote(mode.origin);
  if (mode.kind === "several") headers.Vary = "'Origin'";
  if (settings.allowCredentials) headers["Access-Control-Allow-Credentials"] = "'true'";
  if (settings.exposeHeaders.length > 0) headers["Access-Control-Expose-Headers"] = quote(settings.exposeHeaders.join(","));
  return headers;
}

/**
 * Gateway responses cannot run a template that checks the allow list, so with several origins they echo the
 * request's Origin: error bodies must then carry nothing secret (the safe error preset sees to that).
 */
export function gatewayResponseHeaderValues(settings: CorsSettings): Record<string, string> {
  const mode = originMode(settings);
  const headers: Record<string, string> = {
    "Access-Control-Allow-Headers": quote(settings.allowHeaders.join(",") || "Content-Type"),
    "Access-Control-Allow-Methods": quote(allowMethodsValue(settings)),
    "Access-Control-Allow-Origin": mode.kind === "any" ? "'*'" : mode.kind === "one" ? quote(mode.origin) : "method.request.header.Origin",
  };
  if (mode.kind === "several") headers.Vary = "'Origin'";
  if (settings.allowCredentials) headers["Access-Control-Allow-Credentials"] = "'true'";
  if (settings.exposeHeaders.length > 0) headers["Access-Control-Expose-Headers"] = quote(settings.exposeHeaders.join(","));
  return headers;
}

/** The code a proxy backend needs to answer with the same headers (Node, API Gateway Lambda proxy response). */
export function proxyBackendSnippet(settings: CorsSettings): string {
  const mode = originMode(settings);
  const origin =
    mode.kind === "any"
      ? `"*"`
      : mode.kind === "one"
        ? JSON.stringify(mode.origin)
        : `allowed.includes(event.headers?.origin ?? event.headers?.Origin) ? (event.headers.origin ?? event.headers.Origin) : undefined`;
  const lines = [
    ...(mode.kind === "several" ? [`const allowed = ${JSON.stringify(mode.origins)};`] : []),
    "const corsHeaders = (event) => ({",
    `  "Access-Control-Allow-Origin": ${origin},`,
    ...(mode.kind === "several" ? [`  Vary: "Origin",`] : []),
    ...(settings.allowCredentials ? [`  "Access-Control-Allow-Credentials": "true",`] : []),
    ...(settings.exposeHeaders.length > 0 ? [`  "Access-Control-Expose-Headers": ${JSON.stringify(settings.exposeHeaders.join(","))},`] : []),
    "});",
    "// return { statusCode: 200, headers: { ...corsHeaders(event), \"Content-Type\": \"application/json\" }, body };",
  ];
  return lines.join("\n");
}

/** The resources the configurator works on: one, or every resource of the API. */
export type CorsScope = { kind: "resource"; resourceId: string } | { kind: "api" };

export function resourcesInScope(snapshot: ApiDesignSnapshot, scope: CorsScope) {
  return scope.kind === "api" ? snapshot.resources : snapshot.resources.filter((resource) => resource.id === scope.resourceId);
}
