/** A path to return to after sign-in, only if it stays on this site (no "//host" or "/\host" tricks). */
export function safeNextPath(next: string | undefined | null): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next.startsWith("/sign-in") || next.startsWith("/setup")) return null;
  return next;
}

/** Request header the proxy sets to the page's path and query, read by requireUser() when a session has expired. */
export const requestPathHeader = "x-archway-path";

/** The sign-in page, with the way back to `path` when it is a page worth returning to. */
export function signInPath(path: string | null | undefined): string {
  const next = safeNextPath(path);
  return next && next !== "/" ? `/sign-in?${new URLSearchParams({ next })}` : "/sign-in";
}
