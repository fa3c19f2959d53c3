"use client";

import Link from "next/link";
import { Settings } from "lucide-react";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { type MenuOpening, useFocusFirstItem } from "@/components/ui/deferred-menu";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { describeEnvironment, EnvironmentLabel, EnvironmentTriggerContent, environmentTriggerClassName } from "./environment-label";

export type EnvironmentSwitcherProps = {
  environments: readonly EnvironmentSummary[];
  current: EnvironmentSummary | undefined;
  canManage: boolean;
};

/** The switcher's Radix menu, loaded and rendered open the first time the switcher is used. */
export default function EnvironmentMenu({ environments, current, canManage, opening }: EnvironmentSwitcherProps & { opening: MenuOpening }) {
  const content = useFocusFirstItem(opening);
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger className={environmentTriggerClassName} aria-label={describeEnvironment(current)}>
        <EnvironmentTriggerContent current={current} />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-72" ref={content}>
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
