// The rule AWS applies to a stage's throttle: "limits can't exceed the level above" (facts §5.2), so a stage
// default or method setting may not be above the account's Region-wide limits. Checked before anything is sent.
import type { AccountThrottle } from "./effective-limits";

export type ThrottleInput = { throttlingRateLimit: number; throttlingBurstLimit: number };

const count = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });

/** "10,000 rps" / "5,000 requests" */
export const formatRate = (rate: number) => `${count.format(rate)} rps`;
export const formatBurst = (burst: number) => `${count.format(burst)} requests`;

/** Field errors for a rate and burst, keyed by field; empty when both are acceptable. */
export function throttleLimitErrors(input: ThrottleInput, account: AccountThrottle): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const { throttlingRateLimit: rate, throttlingBurstLimit: burst } = input;
  if (!Number.isFinite(rate) || rate < 0) errors.throttlingRateLimit = ["Enter a rate of 0 or more requests per second."];
  else if (rate > account.rateLimit) errors.throttlingRateLimit = [`The account allows at most ${formatRate(account.rateLimit)} in this Region; a stage cannot exceed it.`];
  if (!Number.isInteger(burst) || burst < 0) errors.throttlingBurstLimit = ["Enter a whole number of requests, 0 or more."];
  else if (burst > account.burstLimit) errors.throttlingBurstLimit = [`The account's burst is ${formatBurst(account.burstLimit)} in this Region; a stage cannot exceed it.`];
  return errors;
}
