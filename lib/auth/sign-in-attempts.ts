import { randomUUID } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { DatabaseExecutor } from "@/lib/db/client";
import { signInAttempts } from "@/lib/db/schema";
import { emailRateLimit, evaluateRateLimit, ipRateLimit, type RateLimitDecision } from "./rate-limit";

const keepAttemptsMs = 24 * 60 * 60_000;

/** Whether this email or this address has failed too often lately; the stricter answer wins. */
export async function checkSignInRateLimit(db: DatabaseExecutor, email: string, ip: string, now = new Date()): Promise<RateLimitDecision> {
  const [byEmail, byIp] = await Promise.all([
    recentFailures(db, eq(signInAttempts.email, email), now, emailRateLimit.windowMs),
    recentFailures(db, eq(signInAttempts.ip, ip), now, ipRateLimit.windowMs),
  ]);
  const decisions = [evaluateRateLimit(byEmail, now, emailRateLimit), evaluateRateLimit(byIp, now, ipRateLimit)];
  const limited = decisions.flatMap((decision) => (decision.limited ? [decision.retryAfterMinutes] : []));
  return limited.length === 0 ? { limited: false } : { limited: true, retryAfterMinutes: Math.max(...limited) };
}

/** Records an attempt; a success clears the email's failures so a person who got in starts afresh. */
export async function recordSignInAttempt(db: DatabaseExecutor, attempt: { email: string; ip: string; succeeded: boolean }, now = new Date()): Promise<void> {
  if (attempt.succeeded) {
    await db.delete(signInAttempts).where(and(eq(signInAttempts.email, attempt.email), eq(signInAttempts.succeeded, false)));
  }
  await db.insert(signInAttempts).values({ id: randomUUID(), ...attempt, at: now });
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now.getTime() - keepAttemptsMs)));
}

async function recentFailures(db: DatabaseExecutor, who: ReturnType<typeof eq>, now: Date, windowMs: number): Promise<Date[]> {
  const rows = await db
    .select({ at: signInAttempts.at })
    .from(signInAttempts)
    .where(and(who, eq(signInAttempts.succeeded, false), gt(signInAttempts.at, new Date(now.getTime() - windowMs))));
  return rows.map((row) => row.at);
}
