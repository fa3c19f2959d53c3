const minute = 60_000;
const hour = 60 * minute;

export const sessionPolicy = {
  /** A session unused this long ends. */
  idleMs: 12 * hour,
  /** A session ends this long after sign-in, however busy. */
  absoluteMs: 7 * 24 * hour,
  /** Skip the write when the expiry would move by less than this: most requests then only read. */
  slideGranularityMs: minute,
} as const;

export type SessionExpiry = { expiresAt: Date; absoluteExpiresAt: Date };

export function newSessionExpiry(now: Date): SessionExpiry {
  return { expiresAt: new Date(now.getTime() + sessionPolicy.idleMs), absoluteExpiresAt: new Date(now.getTime() + sessionPolicy.absoluteMs) };
}

export function isSessionActive(session: SessionExpiry, now: Date): boolean {
  return now < session.expiresAt && now < session.absoluteExpiresAt;
}

/** The pushed-forward expiry after activity at `now`, never past the absolute limit; null when not worth writing. */
export function slidExpiry(session: SessionExpiry, now: Date): Date | null {
  const next = Math.min(now.getTime() + sessionPolicy.idleMs, session.absoluteExpiresAt.getTime());
  return next - session.expiresAt.getTime() >= sessionPolicy.slideGranularityMs ? new Date(next) : null;
}
