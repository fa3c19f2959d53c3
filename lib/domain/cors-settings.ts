/** What the CORS configurator asks for. An origin list of ["*"] means any origin. */
export type CorsSettings = {
  origins: string[];
  allowMethods: string[];
  allowHeaders: string[];
  exposeHeaders: string[];
  allowCredentials: boolean;
  maxAgeSeconds: number | null;
};

export const defaultAllowHeaders = ["Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key", "X-Amz-Security-Token"];

export type CorsRefusal = { field: keyof CorsSettings; reason: string };

const originPattern = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;

/** Why these settings cannot work in a browser, or null when they can. */
export function corsSettingsRefusal(settings: CorsSettings): CorsRefusal | null {
  if (settings.origins.length === 0) return { field: "origins", reason: "Add at least one origin, or allow any origin." };
  const any = settings.origins.includes("*");
  if (any && settings.origins.length > 1) return { field: "origins", reason: "Allow any origin, or list origins, not both." };
  if (any && settings.allowCredentials) {
    return {
      field: "allowCredentials",
      reason: "Browsers refuse a wildcard Access-Control-Allow-Origin on requests with credentials. List the origins that may send credentials instead.",
    };
  }
  const bad = settings.origins.find((origin) => origin !== "*" && !originPattern.test(origin));
  if (bad) return { field: "origins", reason: `“${bad}” is not an origin: use scheme, host and optional port, with no path (https://app.example.com).` };
  if (settings.allowMethods.length === 0) return { field: "allowMethods", reason: "Allow at least one method." };
  return null;
}

/** The Access-Control-Allow-Methods value: the chosen methods and OPTIONS, in a stable order. */
export function allowMethodsValue(settings: CorsSettings): string {
  const order = ["OPTIONS", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"];
  const methods = new Set([...settings.allowMethods.filter((method) => method !== "ANY"), "OPTIONS"]);
  if (settings.allowMethods.includes("ANY")) order.forEach((method) => methods.add(method));
  return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(",");
}

export type OriginMode = { kind: "any" } | { kind: "one"; origin: string } | { kind: "several"; origins: string[] };

/** Any and one origin are static header values; several need the request's Origin echoed after an allow-list check. */
export function originMode(settings: CorsSettings): OriginMode {
  if (settings.origins.includes("*")) return { kind: "any" };
  if (settings.origins.length === 1) return { kind: "one", origin: settings.origins[0]! };
  return { kind: "several", origins: [...settings.origins] };
}

/** Header names CORS manages: a CORS header, or Vary when it is only there for Origin. */
export function isCorsHeader(name: string, value?: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith("access-control-")) return true;
  return lower === "vary" && (value === undefined || value === "'Origin'");
}
