/** Remembers the environment last opened, so pages outside /env/… (audit, admin) and "/" keep the person's context. */
export const lastEnvironmentCookie = "archway_last_env";

/** The environment id in a console path, or null outside /env/…. */
export function environmentIdInPath(pathname: string): string | null {
  const match = /^\/env\/([^/]+)(?:\/|$)/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
