import { and, eq, gt, lt, or } from "drizzle-orm";
import type { DatabaseExecutor } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import type { Role } from "./roles";
import { hashSecretToken, newSecretToken } from "./secret-token";
import { isSessionActive, newSessionExpiry, slidExpiry } from "./session-policy";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** Starts a session and returns the token for the cookie; only its hash is stored. */
export async function createSession(db: DatabaseExecutor, userId: string, now = new Date()): Promise<{ token: string; absoluteExpiresAt: Date }> {
  const token = newSecretToken();
  const expiry = newSessionExpiry(now);
  await db.insert(sessions).values({ tokenHash: hashSecretToken(token), userId, createdAt: now, ...expiry });
  return { token, absoluteExpiresAt: expiry.absoluteExpiresAt };
}

/** The signed-in user for a token, sliding the idle expiry forward; null for unknown or expired sessions. */
export async function findSessionUser(db: DatabaseExecutor, token: string, now = new Date()): Promise<SessionUser | null> {
  const tokenHash = hashSecretToken(token);
  const [row] = await db
    .select({ user: { id: users.id, email: users.email, name: users.name, role: users.role }, expiresAt: sessions.expiresAt, absoluteExpiresAt: sessions.absoluteExpiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row || !isSessionActive(row, now)) return null;
  const expiresAt = slidExpiry(row, now);
  if (expiresAt) await db.update(sessions).set({ expiresAt }).where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.absoluteExpiresAt, now)));
  return row.user;
}

export async function deleteSession(db: DatabaseExecutor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecretToken(token)));
}

/** Removes sessions that can no longer be used; called on sign-in so the table does not grow forever. */
export async function deleteExpiredSessions(db: DatabaseExecutor, now = new Date()): Promise<void> {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.absoluteExpiresAt, now)));
}
