import "server-only";
import { GetStagesCommand } from "@aws-sdk/client-api-gateway";
import { corsVerdict, type ObservedResponse, type PreflightCheckResult, type PreflightRequest } from "@/lib/domain/cors-preflight-verdict";
import { stageInvokeBase, stageRequestUrl } from "@/lib/domain/stage-invoke-url";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";

export type PreflightCheck = PreflightRequest & { restApiId: string; stage: string; path: string };


const safeToSend = new Set(["GET", "HEAD"]);
const timeoutMs = 10_000;

/** The stage names of an API, for the preflight check's stage picker. */
export async function listStageNames(env: EnvironmentSummary, restApiId: string): Promise<string[]> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new GetStagesCommand({ restApiId })));
  return (output.item ?? []).map((stage) => stage.stageName ?? "").filter(Boolean).sort();
}

/**
 * Sends a real preflight (and, for GET/HEAD, the real request) to the stage, as a browser on `origin` would,
 * and evaluates what the browser would do. Only URLs derived from the environment's invoke base are called.
 */
/** The stage URL to check, built by the one SSRF boundary for stage requests; null when the path would leave the stage. */
function preflightUrl(env: EnvironmentSummary, check: PreflightCheck): URL | null {
  // A query string is not part of a CORS check: the path alone says which method answers.
  if (/[?#]/.test(check.path)) return null;
  try {
    return stageRequestUrl(stageInvokeBase(env, check.restApiId, check.stage), check.path);
  } catch {
    return null;
  }
}

export async function checkPreflight(env: EnvironmentSummary, check: PreflightCheck): Promise<PreflightCheckResult> {
  const url = preflightUrl(env, check);
  if (!url) throw new ConsoleError("validation", "That path cannot be checked: use a path on the stage such as /pets/1.", { fieldErrors: { path: ["Use a path on the stage, such as /pets/1, with no query string."] } });
  const method = check.method.toUpperCase();
  const preflight = await observe(url, {
    method: "OPTIONS",
    headers: {
      Origin: check.origin,
      "Access-Control-Request-Method": method,
      ...(check.headers.length ? { "Access-Control-Request-Headers": check.headers.map((name) => name.toLowerCase()).join(",") } : {}),
    },
  });
  const sendActual = safeToSend.has(method);
  const actual = sendActual ? await observe(url, { method, headers: { Origin: check.origin, ...Object.fromEntries(check.headers.map((name) => [name, sampleValue(name)])) } }) : null;
  return {
    url: url.href,
    preflight,
    actual,
    actualSkipped: sendActual ? null : `The ${method} request itself was not sent, since it could change data; only the preflight was checked.`,
    verdict: corsVerdict(check, preflight, actual),
  };
}

const sampleValue = (name: string) => (name.toLowerCase() === "content-type" ? "application/json" : "archway-preflight-check");

async function observe(url: URL, init: { method: string; headers: Record<string, string> }): Promise<ObservedResponse> {
  let response: Response;
  try {
    // Redirects are not followed: a redirect could lead outside the stage.
    response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  } catch {
    throw new ConsoleError("unreachable", `Could not reach ${url.origin}. Is the stage deployed, and is the endpoint reachable from the console?`);
  }
  await response.body?.cancel();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name.startsWith("access-control-") || name === "vary" || name === "content-type") headers[name] = value;
  });
  return { status: response.status, headers };
}
