/** Roles in increasing order of power: each role can do everything the ones before it can. */
export const roles = ["viewer", "editor", "deployer", "admin"] as const;

export type Role = (typeof roles)[number];

export function hasRole(actual: Role, minimum: Role): boolean {
  return roles.indexOf(actual) >= roles.indexOf(minimum);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
