import { describe, expect, it } from "vitest";
import { emailRateLimit, evaluateRateLimit, rateLimitMessage } from "./rate-limit";

const now = new Date("2026-01-01T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("evaluateRateLimit", () => {
  it("allows four recent failures", () => {
    expect(evaluateRateLimit([1, 2, 3, 4].map(minutesAgo), now, emailRateLimit)).toEqual({ limited: false });
  });

  it("blocks the sixth attempt after five failures within 15 minutes and says when to retry", () => {
    const decision = evaluateRateLimit([1, 2, 3, 4, 10].map(minutesAgo), now, emailRateLimit);
    // The oldest of the five failed 10 minutes ago, so the limit lifts in 5 minutes.
    expect(decision).toEqual({ limited: true, retryAfterMinutes: 5 });
  });

  it("ignores failures older than the window", () => {
    expect(evaluateRateLimit([1, 2, 3, 4, 16, 20].map(minutesAgo), now, emailRateLimit)).toEqual({ limited: false });
  });

  it("rounds the wait up to whole minutes and never says zero", () => {
    const decision = evaluateRateLimit([0.1, 0.2, 0.3, 0.4, 14.99].map(minutesAgo), now, emailRateLimit);
    expect(decision).toEqual({ limited: true, retryAfterMinutes: 1 });
  });

  it("words the message for one and for several minutes", () => {
    expect(rateLimitMessage(1)).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(rateLimitMessage(12)).toBe("Too many sign-in attempts. Try again in 12 minutes.");
  });
});
