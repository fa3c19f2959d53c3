import type { SessionUser } from "@/lib/auth/session";

export const userMenuTriggerClassName =
  "flex size-8 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent hover:ring-2 hover:ring-border-strong";

export function accountLabel(user: SessionUser): string {
  return `Account: ${user.name} (${user.role})`;
}

export function initialsOf(user: SessionUser): string {
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return initials || "?";
}
