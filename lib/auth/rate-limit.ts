const minute = 60_000;

export type RateLimitPolicy = { maxFailures: number; windowMs: number };

/** Per email: a person mistyping gets five tries; guessing one account stops there. */
export const emailRateLimit: RateLimitPolicy = { maxFailures: 5, windowMs: 15 * minute };
/** Per IP: looser, because an office or VPN puts many people behind one address. */
export const ipRateLimit: RateLimitPolicy = { maxFailures: 20, windowMs: 15 * minute };

export type RateLimitDecision = { limited: false } | { limited: true; retryAfterMinutes: number };

/** Decides from the failure times inside the window whether another attempt is allowed, and when it will be. */
export function evaluateRateLimit(failureTimes: readonly Date[], now: Date, policy: RateLimitPolicy): RateLimitDecision {
  const windowStart = now.getTime() - policy.windowMs;
  const recent = failureTimes
    .map((at) => at.getTime())
    .filter((at) => at > windowStart)
    .sort((a, b) => b - a);
  if (recent.length < policy.maxFailures) return { limited: false };
  // The limit lifts when the failure that filled the quota leaves the window.
  const quotaFiller = recent[policy.maxFailures - 1]!;
  const retryAfterMs = quotaFiller + policy.windowMs - now.getTime();
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil(retryAfterMs / minute)) };
}

export function rateLimitMessage(retryAfterMinutes: number): string {
  return `Too many sign-in attempts. Try again in ${retryAfterMinutes} ${retryAfterMinutes === 1 ? "minute" : "minutes"}.`;
}
