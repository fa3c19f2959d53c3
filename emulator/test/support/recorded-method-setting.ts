/**
 * A method setting entry UpdateStage fills in from the stage defaults, as AWS recorded it with caching enabled
 * (LocalStack's test_apigateway_common.py::test_create_update_stages): no loggingLevel, the account's rate limit.
 */
export function recordedMethodSetting(throttlingBurstLimit: number) {
  return {
    cacheDataEncrypted: false,
    cacheTtlInSeconds: 300,
    cachingEnabled: true,
    dataTraceEnabled: false,
    metricsEnabled: false,
    requireAuthorizationForCacheControl: true,
    throttlingBurstLimit,
    throttlingRateLimit: 10000,
    unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
  };
}
