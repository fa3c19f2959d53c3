import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { callerScope } from "./sigv4-scope";
import { newRequestId } from "./request-id";
import { requestUrl } from "./request-url";
import type { ServiceCall, ServiceDeps, ServiceHandler, ServiceReply } from "./service-call";
import { handleApiGateway } from "./rest-json/service";
import { handleCloudWatch, isCloudWatchCall } from "./cloudwatch/service";
import { handleAdmin, isAdminCall } from "./admin";
import { handleExecuteApi, isExecuteApiCall } from "../data-plane/serve";
import { ReplyBatch } from "./reply-batch";

/** Request bodies above this are refused before they are buffered (API Gateway's payload limit is 10 MB). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Picks the service a request is for: admin, data plane, CloudWatch, or API Gateway (the default). */
export function pickService(call: ServiceCall, deps: ServiceDeps): ServiceHandler {
  if (isAdminCall(call)) return handleAdmin;
  if (isExecuteApiCall(call, deps.store)) return handleExecuteApi;
  if (isCloudWatchCall(call)) return handleCloudWatch;
  return handleApiGateway;
}

/** A reply ready to be written, with what is needed to answer 500 instead if writing it fails. */
interface ReadyReply {
  readonly response: ServerResponse;
  readonly reply: ServiceReply;
  readonly requestId: string;
}

export function createSandboxServer(deps: ServiceDeps): Server {
  const replies = new ReplyBatch<ReadyReply>((ready) => writeReply(ready, deps));
  return createServer((request, response) => {
    void serve(request, response, deps, replies);
  });
}

async function serve(request: IncomingMessage, response: ServerResponse, deps: ServiceDeps, replies: ReplyBatch<ReadyReply>): Promise<void> {
  const requestId = newRequestId();
  try {
    const body = hasBody(request) ? await readBody(request) : NO_BODY;
    const host = request.headers.host ?? `${deps.config.host}:${deps.config.port}`;
    const call: ServiceCall = {
      method: request.method ?? "GET",
      url: requestUrl(request.url ?? "/", host),
      headers: request.headers,
      body,
      caller: callerScope(request.headers.authorization, regionFromHeaders(request)),
      requestId,
      sourceIp: request.socket.remoteAddress ?? "127.0.0.1",
    };
    const reply = await pickService(call, deps)(call, deps);
    replies.add({ response, reply, requestId });
  } catch (error) {
    const tooLarge = error instanceof BodyTooLarge;
    if (!tooLarge) logFailure(deps, requestId, error);
    replies.add({ response, reply: errorReply(requestId, tooLarge ? 413 : 500), requestId });
  }
}

const errorReply = (requestId: string, status: 413 | 500): ServiceReply => ({
  status,
  headers: { "Content-Type": "application/json", "x-amzn-RequestId": requestId },
  body: JSON.stringify({ message: status === 413 ? "Request Too Long" : "Internal server error" }),
});

const logFailure = (deps: ServiceDeps, requestId: string, error: unknown) =>
  deps.logger.error("request failed", { requestId, error: String((error as Error)?.stack ?? error) });

/** Writes a reply; one Node refuses (a header value with a line break, say) becomes a 500, as a failed request does. */
function writeReply({ response, reply, requestId }: ReadyReply, deps: ServiceDeps): void {
  try {
    send(response, reply);
  } catch (error) {
    logFailure(deps, requestId, error);
    if (response.headersSent) response.destroy();
    else send(response, errorReply(requestId, 500));
  }
}

function regionFromHeaders(request: IncomingMessage): string | undefined {
  const value = request.headers["x-archway-region"];
  return typeof value === "string" ? value : undefined;
}

/** The body of every request without one: zero bytes, so nothing can change it and one buffer serves all. */
const NO_BODY = Buffer.alloc(0);

/** A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112 §6.3): nothing to wait for. */
const hasBody = (request: IncomingMessage) => request.headers["content-length"] !== undefined || request.headers["transfer-encoding"] !== undefined;

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/**
 * Buffers up to this size go out as one-byte strings. Node joins a string body to the head and sends both in one
 * write; a buffer goes out beside the head in a writev of two. On a bare Node server answering the bench's body,
 * the one write took about 7% less CPU per request (noisy, several rounds on this 2-core machine).
 */
const ONE_WRITE_BYTES = 16 * 1024;

function send(response: ServerResponse, reply: ServiceReply): void {
  if (response.headersSent) return;
  const { body } = reply;
  // The reply is this request's own: adding to its headers saves a copy of them on every request.
  reply.headers["Content-Length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.length);
  response.writeHead(reply.status, reply.headers);
  // A string is written as UTF-8, in the head's write. latin1 maps every byte to one character and back, so a
  // buffer sent that way, binary too, arrives byte for byte.
  if (typeof body === "string") response.end(body);
  else if (body.length <= ONE_WRITE_BYTES) response.end(body.toString("latin1"), "latin1");
  else response.end(body);
}
