/** A path to return to after sign-in, only if it stays on this site (no "//host" or "/\host" tricks). */
export function safeNextPath(next: string | undefined | null): string | null {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  if (next.startsWith("/sign-in") || next.startsWith("/setup")) return null;
  return next;
}
