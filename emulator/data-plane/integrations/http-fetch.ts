import { integrationFailure, integrationTimeout } from "../gateway-errors";
import type { EndpointResponse, IntegrationRequest, MultiMap, RoutedInvocation } from "../invocation-context";

/** Headers that belong to one hop and are never forwarded. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length", "te", "trailer", "proxy-authorization"]);

const BODYLESS = new Set(["GET", "HEAD"]);

/** Sends an integration request over HTTP, giving up after the integration's timeoutInMillis (504). */
export async function sendHttp(invocation: RoutedInvocation, request: IntegrationRequest): Promise<EndpointResponse> {
  const url = new URL(request.uri);
  for (const [key, values] of Object.entries(request.query)) for (const value of values) url.searchParams.append(key, value);
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(key.toLowerCase())) headers.set(key, value);
  const timeoutMs = invocation.method.methodIntegration?.timeoutInMillis ?? 29_000;
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.httpMethod,
      headers,
      body: BODYLESS.has(request.httpMethod) || request.body.length === 0 ? undefined : new Uint8Array(request.body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "manual",
    });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === "TimeoutError" || name === "AbortError") {
      invocation.log.add(`Execution failed due to a timeout error`);
      throw integrationTimeout();
    }
    invocation.log.add(`Execution failed due to a network error: ${String((error as Error)?.cause ?? error)}`);
    throw integrationFailure();
  }
  const responseHeaders: MultiMap = {};
  response.headers.forEach((value, key) => {
    if (!HOP_BY_HOP.has(key)) (responseHeaders[key] ??= []).push(value);
  });
  return { statusCode: response.status, headers: responseHeaders, body: Buffer.from(await response.arrayBuffer()) };
}
