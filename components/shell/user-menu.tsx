"use client";

import { lazy } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { DeferredMenu } from "@/components/ui/deferred-menu";
import { accountLabel, initialsOf, userMenuTriggerClassName } from "./user-menu-trigger";

// The menu (Radix, popper, sign-out action) loads on first use.
const UserMenuContent = lazy(() => import("./user-menu-content"));

export function UserMenu({ user }: { user: SessionUser }) {
  return (
    <DeferredMenu className={userMenuTriggerClassName} aria-label={accountLabel(user)} menu={(opening) => <UserMenuContent user={user} opening={opening} />}>
      {initialsOf(user)}
    </DeferredMenu>
  );
}
