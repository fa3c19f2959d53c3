// Usage plans as the console shows them: AWS's UsagePlan with its per-method throttles unpacked.

export const quotaPeriods = ["DAY", "WEEK", "MONTH"] as const;
export type QuotaPeriod = (typeof quotaPeriods)[number];

/** A plan's or a method's throttle; null means "not set" (the stage and account limits apply). */
export type ThrottleLimits = { rateLimit: number | null; burstLimit: number | null };

export type QuotaSettings = { limit: number; offset: number; period: QuotaPeriod };

/** A throttle a usage plan sets on one method of one of its API stages. */
export type MethodThrottle = { resourcePath: string; httpMethod: string; rateLimit: number | null; burstLimit: number | null };

export type UsagePlanStage = { apiId: string; stage: string; methodThrottles: MethodThrottle[] };

export type UsagePlanSummary = {
  id: string;
  name: string;
  description: string | null;
  throttle: ThrottleLimits | null;
  quota: QuotaSettings | null;
  apiStages: UsagePlanStage[];
};

/** A usage plan with how many API keys it holds, for the list. */
export type UsagePlanListItem = UsagePlanSummary & { keyCount: number };

const periodWords: Record<QuotaPeriod, string> = { DAY: "day", WEEK: "week", MONTH: "month" };

/** "1,000 requests / month", or "No quota". */
export function describeQuota(quota: QuotaSettings | null): string {
  if (!quota) return "No quota";
  return `${quota.limit.toLocaleString("en-US")} requests / ${periodWords[quota.period]}`;
}

/** "100 req/s, burst 200", with "no rate" or "no burst" for the half that is not set, or "Not throttled". */
export function describeThrottle(throttle: ThrottleLimits | null): string {
  if (!throttle || (throttle.rateLimit === null && throttle.burstLimit === null)) return "Not throttled";
  const rate = throttle.rateLimit === null ? "no rate limit" : `${throttle.rateLimit.toLocaleString("en-US")} req/s`;
  const burst = throttle.burstLimit === null ? "no burst limit" : `burst ${throttle.burstLimit.toLocaleString("en-US")}`;
  return `${rate}, ${burst}`;
}

/** "apiId:stage", the id AWS uses for an API stage in patch paths and values. */
export function apiStageId(stage: { apiId: string; stage: string }): string {
  return `${stage.apiId}:${stage.stage}`;
}

/** AWS's key for a method throttle: the resource path and the method, "/pets/GET" (the root is "//GET"). */
export function methodThrottleKey(throttle: { resourcePath: string; httpMethod: string }): string {
  return `${throttle.resourcePath}/${throttle.httpMethod}`;
}

/** Splits AWS's "/pets/GET" back into its resource path and method. */
export function parseMethodThrottleKey(key: string): { resourcePath: string; httpMethod: string } {
  const slash = key.lastIndexOf("/");
  const resourcePath = key.slice(0, slash);
  return { resourcePath: resourcePath === "" ? "/" : resourcePath, httpMethod: key.slice(slash + 1) };
}
