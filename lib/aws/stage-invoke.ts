import "server-only";
import { stageInvokeBase, stageRequestUrl, InvokeUrlRefused } from "@/lib/domain/stage-invoke-url";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import type { InvokeResponse } from "./test-invoke";

export type StageRequest = { restApiId: string; stageName: string; httpMethod: string; pathWithQueryString: string; headers: Record<string, string>; body?: string };
export type StageResponse = InvokeResponse & { url: string; truncated: boolean };

/** AWS's payload limit: a larger response is cut here rather than held in the console's memory. */
export const maxStageResponseBytes = 10 * 1024 * 1024;
/** API Gateway's default integration timeout is 29 s; a little more lets its own 504 arrive. */
const stageTimeoutMs = 30_000;
// Set by fetch itself, or meaningless for a request the console makes on the user's behalf.
const refusedHeaders = new Set(["host", "connection", "content-length", "transfer-encoding", "keep-alive", "upgrade", "te", "trailer", "proxy-authorization", "cookie"]);

/**
 * Sends a request through a deployed stage's invoke URL, as a client would. The URL is derived from the environment
 * (stage-invoke-url.ts), redirects are not followed, and the time and size are bounded.
 */
export async function sendThroughStage(env: EnvironmentSummary, request: StageRequest): Promise<StageResponse> {
  let url: URL;
  try {
    url = stageRequestUrl(stageInvokeBase(env, request.restApiId, request.stageName), request.pathWithQueryString);
  } catch (error) {
    if (error instanceof InvokeUrlRefused) throw new ConsoleError("validation", error.message, { fieldErrors: { path: [error.message] } });
    throw error;
  }
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !refusedHeaders.has(name.toLowerCase())));
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.httpMethod,
      headers,
      body: request.body && !["GET", "HEAD"].includes(request.httpMethod) ? request.body : undefined,
      redirect: "manual",
      signal: AbortSignal.timeout(stageTimeoutMs),
    });
  } catch (error) {
    const timedOut = (error as Error)?.name === "TimeoutError";
    throw new ConsoleError("unreachable", timedOut ? `The stage did not answer within ${stageTimeoutMs / 1000} s.` : `Cannot reach ${url.origin}. Is the stage deployed and the network reachable?`, { cause: error });
  }
  const { text, truncated } = await readBounded(response);
  return { url: url.href, status: response.status, headers: Object.fromEntries(response.headers), body: text, latencyMs: Math.round(performance.now() - started), truncated };
}

async function readBounded(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: "", truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > maxStageResponseBytes) {
      await reader.cancel();
      return { text: new TextDecoder().decode(concat(chunks).subarray(0, maxStageResponseBytes)), truncated: true };
    }
  }
  return { text: new TextDecoder().decode(concat(chunks)), truncated: false };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
