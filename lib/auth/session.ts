import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { hasRole, type Role } from "./roles";
import { findSessionUser, type SessionUser } from "./session-store";
import { sessionCookieName } from "./session-cookie";
import { adminExists } from "./users";
import { requestPathHeader, signInPath } from "@/components/auth/safe-next-path";

export type { SessionUser } from "./session-store";

/** The signed-in user for this request, or null; read once per render thanks to React's cache. */
export const getSession: () => Promise<SessionUser | null> = cache(async () => {
  const token = (await cookies()).get(sessionCookieName)?.value;
  if (!token) return null;
  return findSessionUser(await getDb(), token);
});

/** True while no admin exists: the console then only offers /setup. */
export async function needsSetup(): Promise<boolean> {
  return !(await adminExists());
}

/**
 * The signed-in user with at least `minimum`; otherwise leaves the page for setup, sign-in (with the way back to
 * this page, which the proxy passed along) or the 403 page.
 */
export async function requireUser(minimum?: Role): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect((await needsSetup()) ? "/setup" : signInPath((await headers()).get(requestPathHeader)));
  if (minimum && !hasRole(user.role, minimum)) {
    // forbidden() throws unless experimental.authInterrupts is on; the home page is the safe fallback.
    if (process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS) forbidden();
    redirect("/");
  }
  return user;
}
