import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { integrationFailure, integrationTimeout } from "../gateway-errors";
import { nameMap } from "../name-map";
import type { EndpointResponse, IntegrationRequest, MultiMap, RoutedInvocation } from "../invocation-context";

/** Headers that belong to one hop and are never forwarded. */
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length", "te", "trailer", "proxy-authorization"]);

const BODYLESS = new Set(["GET", "HEAD"]);
/** Methods a proxy may send twice (RFC 9110 §9.2.2), as nginx's proxy_next_upstream does by default. */
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"]);

// Keep-alive pools to the backends, as API Gateway keeps its connections: no TCP (or TLS) handshake per request.
const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 256 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 256 }) };

class IntegrationTimedOut extends Error {}

/** Sends an integration request over HTTP, giving up after the integration's timeoutInMillis (504). */
export async function sendHttp(invocation: RoutedInvocation, request: IntegrationRequest): Promise<EndpointResponse> {
  const timeoutMs = invocation.method.methodIntegration?.timeoutInMillis ?? 29_000;
  try {
    return await exchange(request, timeoutMs);
  } catch (error) {
    if (error instanceof IntegrationTimedOut) {
      invocation.log.add(`Execution failed due to a timeout error`);
      throw integrationTimeout();
    }
    invocation.log.add(`Execution failed due to a network error: ${String(error)}`);
    throw integrationFailure();
  }
}

/** A reset on a pooled connection before any answer: the backend closed it as it idled, not because of the request. */
class StaleConnection extends Error {}

/**
 * A backend closes a keep-alive connection it has held idle (Node's servers after 5 s); a request the pool sends
 * on it at that moment meets a reset. Node's docs advise sending it again on a fresh connection: done once, for
 * methods that may be repeated, so the sandbox's own pooling never shows as an integration failure.
 */
async function exchange(request: IntegrationRequest, timeoutMs: number): Promise<EndpointResponse> {
  const deadline = Date.now() + timeoutMs;
  try {
    return await exchangeOnce(request, timeoutMs);
  } catch (error) {
    if (!(error instanceof StaleConnection) || !IDEMPOTENT.has(request.httpMethod)) throw error instanceof StaleConnection ? error.cause : error;
    return exchangeOnce(request, Math.max(0, deadline - Date.now()));
  }
}

function exchangeOnce(request: IntegrationRequest, timeoutMs: number): Promise<EndpointResponse> {
  const url = new URL(request.uri);
  for (const [key, values] of Object.entries(request.query)) for (const value of values) url.searchParams.append(key, value);
  const body = BODYLESS.has(request.httpMethod) || request.body.length === 0 ? undefined : request.body;
  const headers: OutgoingHttpHeaders = {};
  for (const [key, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(key.toLowerCase())) headers[key.toLowerCase()] = value;
  if (body) headers["content-length"] = body.length;
  const https = url.protocol === "https:";
  return new Promise((resolve, reject) => {
    let answered = false;
    const outgoing = (https ? httpsRequest : httpRequest)(
      url,
      { method: request.httpMethod, headers, agent: https ? agents.https : agents.http },
      (incoming) => {
        answered = true;
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          clearTimeout(timer);
          resolve({ statusCode: incoming.statusCode ?? 502, headers: responseHeaders(incoming), body: Buffer.concat(chunks) });
        });
        incoming.on("error", fail);
      },
    );
    // The whole exchange (connect, send, answer) must fit in timeoutInMillis, as on API Gateway.
    const timer = setTimeout(() => outgoing.destroy(new IntegrationTimedOut()), timeoutMs);
    function fail(error: Error) {
      clearTimeout(timer);
      const reset = (error as NodeJS.ErrnoException).code === "ECONNRESET";
      reject(reset && outgoing.reusedSocket && !answered ? new StaleConnection("stale keep-alive connection", { cause: error }) : error);
    }
    outgoing.on("error", fail);
    outgoing.end(body);
  });
}

/** The backend's headers as fetch gives them: names in order, repeated values joined with ", " (Set-Cookie kept apart). */
export function responseHeaders(incoming: Pick<IncomingMessage, "rawHeaders">): MultiMap {
  // Named by the backend: a "__proto__" header must stay a header (name-map.ts).
  const out: MultiMap = nameMap();
  const raw = incoming.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (HOP_BY_HOP.has(name)) continue;
    const values = (out[name] ??= []);
    if (name === "set-cookie" || values.length === 0) values.push(raw[i + 1]!);
    else values[0] = `${values[0]}, ${raw[i + 1]}`;
  }
  return Object.fromEntries(Object.keys(out).sort().map((name) => [name, out[name]!]));
}
