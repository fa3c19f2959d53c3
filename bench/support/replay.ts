// Recorded requests, replayed: the load-generator way to measure a server's own throughput. The JS SDK builds
// and signs each request exactly as it would send it (serializer, SigV4, headers); the recording is made before
// timing starts, and the timed part only writes those bytes over keep-alive connections and reads each answer
// to the end. The server sees what an SDK sends; the client costs tens of microseconds per request instead of
// the SDK's milliseconds, so on a small machine the figures measure the server rather than the client.
import { Agent, request as httpRequest } from "node:http";
import { Readable } from "node:stream";
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import type { HttpRequest } from "@smithy/types";
import { closedLoop, type LoadResult } from "./closed-loop";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** One SDK call, the index-th of a run. */
export type SdkCall = (client: APIGatewayClient, index: number) => Promise<unknown>;

/**
 * Builds `count` requests through a real SDK client (`call` makes the index-th) pointed at `url` (for account `accessKeyId`), without
 * sending them: a request handler takes each signed request and answers an empty 200.
 */
export async function recordRequests(url: string, accessKeyId: string, count: number, call: SdkCall): Promise<RecordedRequest[]> {
  const recorded: RecordedRequest[] = [];
  const client = new APIGatewayClient({
    endpoint: url,
    region: "us-east-1",
    credentials: { accessKeyId, secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: {
      async handle(request: HttpRequest) {
        recorded.push(await toRecorded(request));
        return { response: { statusCode: 200, headers: {}, body: Readable.from([Buffer.from("{}")]) } };
      },
    },
  });
  for (let index = 0; index < count; index++) await call(client, index);
  client.destroy();
  return recorded;
}

async function toRecorded(request: HttpRequest): Promise<RecordedRequest> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== null) query.append(name, item);
  }
  const search = query.size > 0 ? `?${query}` : "";
  // copyBytesFrom, not Buffer.from: the SDK's JSON body is a Uint8Array that warns when read as a string.
  const body = typeof request.body === "string" ? Buffer.from(request.body) : request.body instanceof Uint8Array ? Buffer.copyBytesFrom(request.body) : Buffer.alloc(0);
  const headers = { ...request.headers };
  if (body.length > 0) headers["content-length"] = String(body.length);
  return { method: request.method, path: `${request.path}${search}`, headers, body };
}

/**
 * Sends the recorded requests over `clients` keep-alive connections, each sending its next request when the
 * previous answer has been read to the end. A status of 300 or more fails the run.
 */
export async function replay(url: string, clients: number, requests: readonly RecordedRequest[]): Promise<LoadResult> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const send = (recorded: RecordedRequest) =>
    new Promise<void>((done, fail) => {
      const outgoing = httpRequest({ agent, host: hostname, port, method: recorded.method, path: recorded.path, headers: recorded.headers }, (response) => {
        const status = response.statusCode ?? 0;
        response.on("data", () => {});
        response.on("end", () => (status < 300 ? done() : fail(new Error(`HTTP ${status} ${response.headers["x-amzn-errortype"] ?? ""} for ${recorded.method} ${recorded.path}`))));
        response.on("error", fail);
      });
      outgoing.on("error", fail);
      outgoing.end(recorded.body);
    });
  try {
    return await closedLoop(clients, requests.length, (index) => send(requests[index]!));
  } finally {
    agent.destroy();
  }
}
