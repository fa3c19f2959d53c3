import type { IncomingHttpHeaders } from "node:http";
import type { OpContext } from "../../control-plane/op-context";

/** A restJson1 request after routing: path labels decoded, body parsed. */
export interface RestRequest {
  readonly operation: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The JSON body as an object ({} when the body is empty or not a JSON object). */
  readonly body: Record<string, unknown>;
  readonly rawBody: Buffer;
  /** What the operation's preparer produced, if it has one (see RestPreparer). */
  readonly prepared?: unknown;
}

/** A response that is not JSON (GetExport's document, GetSdk's zip). */
export class RawResponse {
  constructor(
    readonly body: Buffer | string,
    readonly contentType: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** Translates one operation: reads its input from the request, calls the control plane, returns wire JSON. */
export type RestHandler = (request: RestRequest, ctx: OpContext) => unknown;

export type RestHandlers = Readonly<Record<string, RestHandler>>;

/**
 * Async input work an operation needs before its transaction (which is synchronous), such as parsing and
 * validating an OpenAPI document; its result reaches the handler as request.prepared.
 */
export type RestPreparer = (request: RestRequest) => Promise<unknown>;

export type RestPreparers = Readonly<Record<string, RestPreparer>>;
