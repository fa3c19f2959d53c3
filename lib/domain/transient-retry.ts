// Retrying a step that AWS throttled or briefly could not serve, with exponential backoff and jitter.

export type RetryPolicy = { attempts: number; baseDelayMs: number; maxDelayMs: number };

/** Four tries, 250 ms doubling to at most 4 s: on top of the SDK's own three attempts per try. */
export const deployRetryPolicy: RetryPolicy = { attempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };

const transientCodes = new Set(["throttled", "unavailable", "rate_limited"]);

/** True for a failure that is worth trying again unchanged. */
export function isTransient(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && transientCodes.has(code);
}

/** Runs `step` until it succeeds, fails for good, or runs out of attempts; the last error is rethrown. */
export async function withTransientRetry<T>(
  step: () => Promise<T>,
  policy: RetryPolicy = deployRetryPolicy,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => number = Math.random,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (attempt >= policy.attempts || !isTransient(error)) throw error;
      const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
      await sleep(ceiling / 2 + random() * (ceiling / 2));
    }
  }
}
