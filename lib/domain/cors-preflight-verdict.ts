/** What the person asked to check: the page's origin and the call it will make. */
export type PreflightRequest = { origin: string; method: string; headers: string[]; credentials: boolean };

/** A response as observed: status and lower-cased header names. */
export type ObservedResponse = { status: number; headers: Record<string, string> };

export type VerdictCheck = { stage: "preflight" | "actual"; header: string; ok: boolean; message: string };

export type CorsVerdict = { allowed: boolean; checks: VerdictCheck[] };

/** What the console observed at the stage, and what a browser would make of it. */
export type PreflightCheckResult = {
  url: string;
  preflight: ObservedResponse;
  actual: ObservedResponse | null;
  /** Why the actual request was not sent (a method that could change data). */
  actualSkipped: string | null;
  verdict: CorsVerdict;
};

const simpleMethods = new Set(["GET", "HEAD", "POST"]);
// Fetch's CORS-safelisted request headers (value restrictions aside): they never need Access-Control-Allow-Headers.
const safelistedHeaders = new Set(["accept", "accept-language", "content-language"]);

/** Whether a browser on `request.origin` would let the page make the call and read the answer, header by header. */
export function corsVerdict(request: PreflightRequest, preflight: ObservedResponse, actual: ObservedResponse | null): CorsVerdict {
  const checks: VerdictCheck[] = [
    {
      stage: "preflight",
      header: "status",
      ok: preflight.status >= 200 && preflight.status < 300,
      message: preflight.status >= 200 && preflight.status < 300 ? `Preflight answered ${preflight.status}.` : `Preflight answered ${preflight.status}; browsers need a 2xx status. Is there an OPTIONS method on this path, and is it deployed?`,
    },
    originCheck("preflight", request, preflight),
    ...credentialsCheck("preflight", request, preflight),
    methodCheck(request, preflight),
    ...request.headers.filter((name) => !safelistedHeaders.has(name.toLowerCase())).map((name) => headerCheck(name, request, preflight)),
  ];
  if (actual) checks.push(originCheck("actual", request, actual), ...credentialsCheck("actual", request, actual));
  return { allowed: checks.every((check) => check.ok), checks };
}

function originCheck(stage: VerdictCheck["stage"], request: PreflightRequest, response: ObservedResponse): VerdictCheck {
  const header = "Access-Control-Allow-Origin";
  const value = response.headers["access-control-allow-origin"];
  const where = stage === "preflight" ? "the preflight response" : "the response";
  if (value === undefined) return { stage, header, ok: false, message: `Missing from ${where}: the browser blocks ${request.origin}.` };
  if (value === "*" && request.credentials) return { stage, header, ok: false, message: `${where} allows "*", which browsers refuse on requests with credentials.` };
  if (value === "*" || value === request.origin) return { stage, header, ok: true, message: `${where} allows ${value === "*" ? "any origin" : value}.` };
  return { stage, header, ok: false, message: `${where} allows ${value}, not ${request.origin}.` };
}

function credentialsCheck(stage: VerdictCheck["stage"], request: PreflightRequest, response: ObservedResponse): VerdictCheck[] {
  if (!request.credentials) return [];
  const value = response.headers["access-control-allow-credentials"];
  const ok = value === "true";
  return [{ stage, header: "Access-Control-Allow-Credentials", ok, message: ok ? "Credentials are allowed." : value === undefined ? "Missing: the browser will not send cookies or read the answer." : `Is "${value}"; it must be exactly "true".` }];
}

function methodCheck(request: PreflightRequest, preflight: ObservedResponse): VerdictCheck {
  const header = "Access-Control-Allow-Methods";
  const method = request.method.toUpperCase();
  const allowed = listOf(preflight.headers["access-control-allow-methods"]);
  const ok = simpleMethods.has(method) || allowed.includes(method) || (allowed.includes("*") && !request.credentials);
  return { stage: "preflight", header, ok, message: ok ? `${method} is allowed.` : allowed.length === 0 ? `Missing: ${method} needs to be listed.` : `Lists ${allowed.join(", ")}, not ${method}.` };
}

function headerCheck(name: string, request: PreflightRequest, preflight: ObservedResponse): VerdictCheck {
  const header = "Access-Control-Allow-Headers";
  const allowed = listOf(preflight.headers["access-control-allow-headers"]).map((value) => value.toLowerCase());
  const lower = name.toLowerCase();
  // "*" does not cover Authorization, and means a literal "*" with credentials.
  const ok = allowed.includes(lower) || (allowed.includes("*") && !request.credentials && lower !== "authorization");
  return { stage: "preflight", header, ok, message: ok ? `${name} is allowed.` : `${name} is not listed${allowed.length ? ` (lists ${allowed.join(", ")})` : ""}.` };
}

const listOf = (value: string | undefined) => (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
