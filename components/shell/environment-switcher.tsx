"use client";

import Link from "next/link";
import { ChevronsUpDown, Lock, Settings } from "lucide-react";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/class-names";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

type EnvironmentSwitcherProps = {
  environments: readonly EnvironmentSummary[];
  current: EnvironmentSummary | undefined;
  canManage: boolean;
};

/** Always visible so nobody edits production thinking it is the sandbox. */
export function EnvironmentSwitcher({ environments, current, canManage }: EnvironmentSwitcherProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex h-8 max-w-72 items-center gap-2 rounded-md border border-border-strong bg-surface-raised px-2.5 text-[13px] hover:bg-hover"
        aria-label={current ? `Environment: ${describe(current)}. Switch environment` : "Choose an environment"}
      >
        {current ? <EnvironmentLabel environment={current} /> : <span className="text-muted-foreground">Choose environment</span>}
        <ChevronsUpDown className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-72">
        <DropdownMenuLabel>Environments</DropdownMenuLabel>
        {environments.map((environment) => (
          <DropdownMenuItem key={environment.id} asChild>
            <Link href={`/env/${environment.id}/apis`} aria-current={environment.id === current?.id ? "true" : undefined}>
              <EnvironmentLabel environment={environment} />
              {environment.id === current?.id ? <span className="ml-auto size-1.5 rounded-full bg-accent" aria-hidden /> : null}
            </Link>
          </DropdownMenuItem>
        ))}
        {canManage ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem asChild>
              <Link href="/admin/environments">
                <Settings aria-hidden />
                Manage environments
              </Link>
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

export function EnvironmentLabel({ environment, className }: { environment: EnvironmentSummary; className?: string }) {
  const sandbox = environment.kind === "sandbox";
  return (
    <span className={cn("flex min-w-0 items-center gap-2", className)}>
      <span className={cn("size-2 shrink-0 rounded-full", sandbox ? "bg-success" : "bg-subtle-foreground")} aria-hidden />
      <span className="truncate font-medium">{environment.name}</span>
      <span className="shrink-0 font-mono text-xs text-muted-foreground">{sandbox ? "local" : environment.region}</span>
      {environment.protected ? (
        <Badge tone="warning" title="Protected environment">
          <Lock aria-hidden />
          Protected
        </Badge>
      ) : null}
    </span>
  );
}

function describe(environment: EnvironmentSummary): string {
  const where = environment.kind === "sandbox" ? "local sandbox" : `AWS ${environment.region}`;
  return `${environment.name} (${where}${environment.protected ? ", protected" : ""})`;
}
