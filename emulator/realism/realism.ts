import { AwsError } from "../protocol/aws-error";
import type { CallerScope } from "../protocol/sigv4-scope";
import type { FaultSpec, RealismConfig } from "../config";
import { TokenBucket } from "./token-bucket";
import { accountControlPlaneQuota, operationQuotas } from "./control-plane-quotas";

export type Service = "apigateway" | "monitoring";

/**
 * Makes the sandbox behave like AWS under load or trouble, on request: added latency, AWS's
 * control-plane rate limits, and injected faults. Everything is off by default.
 */
export class Realism {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private config: RealismConfig,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  get settings(): RealismConfig {
    return structuredClone(this.config);
  }

  update(config: RealismConfig): void {
    this.config = structuredClone(config);
    this.buckets.clear();
  }

  /** Runs before an operation: may delay it, or throw the error AWS would answer with. */
  async before(service: Service, operation: string, caller: CallerScope): Promise<void> {
    const { latencyMs, jitterMs } = this.config;
    const delay = latencyMs + (jitterMs > 0 ? this.random() * jitterMs : 0);
    if (delay > 0) await this.sleep(delay);
    if (this.config.rateLimits && service === "apigateway") this.enforceQuotas(operation, caller.accountId);
    const fault = this.config.faults[operation] ?? this.config.faults["*"];
    if (fault && this.random() < fault.probability) await this.inject(fault, operation);
  }

  private enforceQuotas(operation: string, accountId: string): void {
    const now = this.now();
    const specific = operationQuotas[operation];
    const own = specific ? this.bucket(`${accountId}:${operation}`, specific.rate, specific.burst, now).take(now) : undefined;
    if (own && !own.ok) throw new AwsError("TooManyRequestsException", "Too Many Requests", { retryAfterSeconds: own.retryAfterSeconds });
    const overall = this.bucket(accountId, accountControlPlaneQuota.rate, accountControlPlaneQuota.burst, now).take(now);
    if (!overall.ok) throw new AwsError("TooManyRequestsException", "Too Many Requests", { retryAfterSeconds: overall.retryAfterSeconds });
  }

  private bucket(key: string, rate: number, burst: number, now: number): TokenBucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = new TokenBucket(rate, burst, now);
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  private async inject(fault: FaultSpec, operation: string): Promise<void> {
    switch (fault.kind) {
      case "throttle":
        throw new AwsError("TooManyRequestsException", "Too Many Requests", { retryAfterSeconds: 1 });
      case "unavailable":
        throw new AwsError("ServiceUnavailableException", `Service unavailable (fault injected on ${operation})`, { retryAfterSeconds: 1 });
      case "slow":
        await this.sleep(fault.delayMs ?? 5_000);
    }
  }
}
