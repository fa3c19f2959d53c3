import { accessDenied } from "../gateway-errors";
import type { RoutedInvocation } from "../invocation-context";
import { DEFAULT_CACHE_TTL_SECONDS, MAX_CACHEABLE_BYTES, cacheKey } from "../response-cache";
import type { MethodSetting } from "../../control-plane/apigateway/stage-types";
import type { Step } from "./step";

/** Whether a Cache-Control: max-age=0 may invalidate: AWS asks for a signed caller when the method says so. */
function mayInvalidate(invocation: RoutedInvocation, setting: Partial<MethodSetting>): boolean | "fail" {
  const requested = invocation.request.headers["cache-control"]?.some((value) => /max-age=0/.test(value)) ?? false;
  if (!requested) return false;
  if (!setting.requireAuthorizationForCacheControl) return true;
  if (invocation.request.headers.authorization?.[0]?.startsWith("AWS4-HMAC-SHA256")) return true;
  return setting.unauthorizedCacheControlHeaderStrategy === "FAIL_WITH_403" ? "fail" : false;
}

/** Serves from the stage cache when the cluster is AVAILABLE and the method caches; fills it on a miss. */
export const cache: Step = (invocation, next) => {
  const { target, resource, method } = invocation;
  const setting = invocation.deployment.methodSetting(target.methodSettings, resource.path, method.httpMethod);
  if (!target.cacheAvailable || setting.cachingEnabled !== true) return next();
  return throughCache(invocation, setting, next);
};

async function throughCache(invocation: RoutedInvocation, setting: Partial<MethodSetting>, next: () => Promise<void>): Promise<void> {
  const { target, resource, method, request } = invocation;
  const invalidate = mayInvalidate(invocation, setting);
  if (invalidate === "fail") throw accessDenied("User is not authorized to invalidate the cache");
  const key = cacheKey({
    httpMethod: request.httpMethod,
    resourcePath: resource.path,
    cacheKeyParameters: method.methodIntegration?.cacheKeyParameters ?? [],
    path: invocation.pathParameters,
    query: request.query,
    headers: request.headers,
  });
  const stageCache = invocation.runtime.cacheFor(`${target.accountId}/${target.region}/${target.restApi.id}/${target.stageName}`);
  const cached = invalidate ? undefined : stageCache.get(key, Date.now(), target.cacheFlushedAt);
  if (cached) {
    invocation.log.add("Sending cached response");
    invocation.cacheOutcome = "hit";
    invocation.response = cached;
    return;
  }
  invocation.cacheOutcome = "miss";
  await next();
  const response = invocation.response;
  if (response && response.statusCode >= 200 && response.statusCode < 300 && response.body.length <= MAX_CACHEABLE_BYTES) {
    stageCache.put(key, response, setting.cacheTtlInSeconds ?? DEFAULT_CACHE_TTL_SECONDS, Date.now());
  }
}
