import type { InvocationResponse, MultiMap } from "./invocation-context";

/** AWS does not cache responses above 1 MB (facts §6). */
export const MAX_CACHEABLE_BYTES = 1_048_576;
export const DEFAULT_CACHE_TTL_SECONDS = 300;

export interface CacheKeyInput {
  readonly httpMethod: string;
  readonly resourcePath: string;
  readonly cacheKeyParameters: readonly string[];
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<MultiMap>;
  readonly headers: Readonly<MultiMap>;
}

/** The cache key: method + resource path + the value of each cache key parameter. */
export function cacheKey(input: CacheKeyInput): string {
  const values = input.cacheKeyParameters.map((parameter) => {
    const [, , location, ...rest] = parameter.split(".");
    const name = rest.join(".");
    const value =
      location === "path" ? input.path[name] : location === "querystring" ? input.query[name]?.join(",") : input.headers[name.toLowerCase()]?.join(",");
    return `${parameter}=${value ?? ""}`;
  });
  return [input.httpMethod, input.resourcePath, ...values].join("\n");
}

/** One stage's cache: entries expire after their TTL. */
export class ResponseCache {
  private readonly entries = new Map<string, { response: InvocationResponse; storedAt: number; expiresAt: number }>();

  /** The live entry for `key`; entries stored before the stage's last flush (`flushedAt`) are gone. */
  get(key: string, now: number, flushedAt?: number): InvocationResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now || (flushedAt !== undefined && entry.storedAt <= flushedAt)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.response;
  }

  put(key: string, response: InvocationResponse, ttlSeconds: number, now: number): void {
    if (ttlSeconds <= 0 || response.body.length > MAX_CACHEABLE_BYTES) return;
    this.entries.set(key, { response, storedAt: now, expiresAt: now + ttlSeconds * 1000 });
  }

}
