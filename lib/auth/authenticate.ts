import type { DatabaseExecutor } from "@/lib/db/client";
import { ConsoleError } from "@/lib/errors";
import { verifyDecoyPassword, verifyPassword } from "./passwords";
import { rateLimitMessage } from "./rate-limit";
import type { SessionUser } from "./session-store";
import { checkSignInRateLimit, recordSignInAttempt } from "./sign-in-attempts";
import { findUserByEmail } from "./users";

/** One message for an unknown email and a wrong password, so the form does not reveal who has an account. */
export const invalidCredentialsMessage = "The email or password is incorrect.";

/** Checks an email and password under the sign-in rate limits; throws ConsoleError on any refusal. */
export async function authenticate(db: DatabaseExecutor, input: { email: string; password: string; ip: string }, now = new Date()): Promise<SessionUser> {
  const limit = await checkSignInRateLimit(db, input.email, input.ip, now);
  if (limit.limited) throw new ConsoleError("rate_limited", rateLimitMessage(limit.retryAfterMinutes));
  const user = await findUserByEmail(db, input.email);
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoyPassword(input.password);
  await recordSignInAttempt(db, { email: input.email, ip: input.ip, succeeded: valid }, now);
  if (!user || !valid) throw new ConsoleError("unauthenticated", invalidCredentialsMessage);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
