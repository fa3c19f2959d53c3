"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { CommandPalette } from "./command-palette";
import { EnvironmentSwitcher } from "./environment-switcher";
import { ProductMark } from "./product-mark";
import { SideNav } from "./side-nav";
import { UserMenu } from "./user-menu";

type AppShellProps = {
  user: SessionUser;
  environments: readonly EnvironmentSummary[];
  /** The environment last worked in, for pages outside /env/… (audit, admin). */
  lastEnvId: string;
  children: React.ReactNode;
};

export function AppShell({ user, environments, lastEnvId, children }: AppShellProps) {
  const params = useParams<{ envId?: string }>();
  const envId = params.envId ?? lastEnvId;
  const current = environments.find((environment) => environment.id === envId) ?? environments[0];
  const isAdmin = user.role === "admin";
  return (
    <div className="grid min-h-screen grid-cols-[13rem_minmax(0,1fr)] grid-rows-[3rem_minmax(0,1fr)]">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface-raised focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="col-span-2 flex items-center gap-3 border-b border-border bg-surface px-3">
        <Link href={`/env/${current?.id ?? "sandbox"}/apis`} className="flex w-[12.25rem] items-center gap-2 rounded-md px-1 py-1" aria-label="Archway home">
          <ProductMark />
          <span className="text-[14px] font-semibold tracking-tight">Archway</span>
        </Link>
        <EnvironmentSwitcher environments={environments} current={current} canManage={isAdmin} />
        <div className="ml-auto flex items-center gap-3">
          <CommandPalette envId={current?.id ?? envId} environments={environments} isAdmin={isAdmin} />
          <UserMenu user={user} />
        </div>
      </header>
      <aside className="border-r border-border bg-surface">
        <SideNav envId={current?.id ?? envId} isAdmin={isAdmin} />
      </aside>
      <main id="main" className="min-w-0 px-8 py-6">
        <div className="max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
