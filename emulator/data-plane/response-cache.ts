import type { MultiMap } from "./invocation-context";

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
