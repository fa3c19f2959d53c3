import type { IncomingHttpHeaders } from "node:http";
import type { CallerScope } from "./sigv4-scope";
import type { Store } from "../store/store";
import type { SandboxConfig } from "../config";
import type { Realism } from "../realism/realism";
import type { Logger } from "../logger";
import type { RequestUrl } from "./request-url";

/** One HTTP request as every service sees it: body read, caller known. */
export interface ServiceCall {
  readonly method: string;
  readonly url: RequestUrl;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly caller: CallerScope;
  readonly requestId: string;
  /** The client's address, for the data plane's $context.identity.sourceIp. */
  readonly sourceIp: string;
}

export interface ServiceReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export interface ServiceDeps {
  readonly store: Store;
  readonly config: SandboxConfig;
  readonly realism: Realism;
  readonly logger: Logger;
  readonly now: () => number;
}

export type ServiceHandler = (call: ServiceCall, deps: ServiceDeps) => Promise<ServiceReply>;
