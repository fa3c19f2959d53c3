import "server-only";
import { cookies, headers } from "next/headers";
import { getDb, type DatabaseExecutor } from "@/lib/db/client";
import { createSession, deleteExpiredSessions, deleteSession } from "./session-store";

export const sessionCookieName = "archway_session";

/** Starts a session for the user and sets its cookie on the response of the current action. */
export async function startSession(db: DatabaseExecutor, userId: string): Promise<void> {
  await deleteExpiredSessions(db);
  const { token, absoluteExpiresAt } = await createSession(db, userId);
  (await cookies()).set(sessionCookieName, token, sessionCookieOptions(absoluteExpiresAt, requestIsHttps(await headers())));
}

export function sessionCookieOptions(absoluteExpiresAt: Date, https: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    // The browser may keep it until the absolute limit; the idle limit is enforced by the server.
    expires: absoluteExpiresAt,
  } as const;
}

/** Ends the current session, if any, in the database and in the browser. */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName)?.value;
  if (token) await deleteSession(await getDb(), token);
  jar.delete({ name: sessionCookieName, path: "/" });
}

/** The client's address for rate limiting: the first X-Forwarded-For hop when a proxy sets it. */
export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}

export function clientIpFrom(h: Pick<Headers, "get">): string {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip")?.trim() || "unknown";
}

/** Whether the browser reached us over https, directly or through a proxy that says so. */
export function requestIsHttps(h: Pick<Headers, "get">): boolean {
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim();
  if (proto) return proto === "https";
  return h.get("origin")?.startsWith("https://") ?? false;
}
