"use client";

import { useTransition } from "react";
import { LogOut } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { Badge } from "@/components/ui/badge";
import { type MenuOpening, useFocusFirstItem } from "@/components/ui/deferred-menu";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toaster";
import { accountLabel, initialsOf, userMenuTriggerClassName } from "./user-menu-trigger";

/** The account menu, loaded and rendered open the first time its button is used. */
export default function UserMenuContent({ user, opening }: { user: SessionUser; opening: MenuOpening }) {
  const [signingOut, startSignOut] = useTransition();
  const content = useFocusFirstItem(opening);

  const signOut = () =>
    startSignOut(async () => {
      const result = await signOutAction({});
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      // A full load, so nothing the signed-in router cached (prefetched pages) survives the session.
      window.location.assign(result.data.redirectTo);
    });

  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger className={userMenuTriggerClassName} aria-label={accountLabel(user)}>
        {initialsOf(user)}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60" ref={content}>
        <DropdownMenuLabel className="flex flex-col gap-0.5 font-normal">
          <span className="truncate text-[13px] font-medium text-foreground">{user.name}</span>
          <span className="truncate">{user.email}</span>
          <span className="pt-1">
            <Badge>Role: {user.role}</Badge>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem disabled={signingOut} onSelect={signOut}>
          <LogOut aria-hidden />
          {signingOut ? "Signing out…" : "Sign out"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
