import { TokenBucket } from "../realism/token-bucket";
import type { MethodSetting } from "../control-plane/apigateway/stage-types";
import type { ServiceQuotas } from "../realism/service-quotas";

export interface ThrottleLimit {
  readonly rate: number;
  readonly burst: number;
}

/** The account-level throttle per Region (facts §5.1): 10,000 rps with a 5,000 burst unless the quota is raised. */
export const accountThrottle = (quotas: ServiceQuotas): ThrottleLimit => ({ rate: quotas.accountThrottleRateLimit, burst: quotas.accountThrottleBurstLimit });

/** The stage/method throttle in force: the method's settings over "*\/*"; none when neither sets one. */
export function stageThrottle(setting: Partial<MethodSetting>, account: ThrottleLimit): ThrottleLimit | undefined {
  const { throttlingRateLimit: rate, throttlingBurstLimit: burst } = setting;
  if (rate === undefined && burst === undefined) return undefined;
  return { rate: rate ?? account.rate, burst: burst ?? account.burst };
}

/** Token buckets by key; a bucket is rebuilt when its limits change (a stage update). */
export class ThrottleBuckets {
  private readonly buckets = new Map<string, { limit: ThrottleLimit; bucket: TokenBucket }>();

  /** Takes one token from the bucket for `key`; false when the request must be throttled. */
  take(key: string, limit: ThrottleLimit, now: number): boolean {
    let entry = this.buckets.get(key);
    if (!entry || entry.limit.rate !== limit.rate || entry.limit.burst !== limit.burst) {
      entry = { limit, bucket: new TokenBucket(limit.rate, limit.burst, now) };
      this.buckets.set(key, entry);
    }
    // A rate or burst of 0 blocks every request, as AWS does.
    if (limit.rate <= 0 && limit.burst <= 0) return false;
    return entry.bucket.take(now).ok;
  }
}
