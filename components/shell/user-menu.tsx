"use client";

import { useTransition } from "react";
import { LogOut } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { Badge } from "@/components/ui/badge";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/toaster";

export function UserMenu({ user }: { user: SessionUser }) {
  const [signingOut, startSignOut] = useTransition();
  const initials = user.name
    .split(/\s+/)
    .map((part) => part[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();

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
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex size-8 items-center justify-center rounded-full bg-accent-soft text-xs font-semibold text-accent hover:ring-2 hover:ring-border-strong"
        aria-label={`Account: ${user.name} (${user.role})`}
      >
        {initials || "?"}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
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
