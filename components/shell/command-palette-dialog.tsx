"use client";

import { useRouter } from "next/navigation";
import { Command } from "cmdk";
import { Boxes, CornerDownLeft, Network, Search } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useRestApisQuery } from "@/lib/data/rest-apis/rest-apis-query";
import { navItems } from "./side-nav";

export type CommandPaletteProps = { envId: string; environments: readonly EnvironmentSummary[]; isAdmin: boolean };

const itemClassName =
  "flex h-8 cursor-default select-none items-center gap-2 rounded px-2 text-[13px] data-[selected=true]:bg-hover [&_svg]:size-4 [&_svg]:text-muted-foreground";
const groupClassName =
  "[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-[11px] [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-subtle-foreground";

type CommandPaletteDialogProps = CommandPaletteProps & { open: boolean; onOpenChange: (open: boolean) => void };

/** The palette itself, loaded on first open so cmdk is not part of every page's first load. */
export default function CommandPaletteDialog({ envId, environments, isAdmin, open, onOpenChange }: CommandPaletteDialogProps) {
  const router = useRouter();
  const apis = useRestApisQuery({ envId }, { enabled: open });
  const { main, admin } = navItems(envId, isAdmin);

  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };

  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-overlay" />
        <DialogPrimitive.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-[14vh] z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 overflow-hidden rounded-lg border border-border bg-surface-raised shadow-popover"
        >
          <DialogPrimitive.Title className="sr-only">Jump to a page or API</DialogPrimitive.Title>
          <Command label="Jump to a page or API" loop>
            <div className="flex items-center gap-2 border-b border-border px-3">
              <Search className="size-4 text-muted-foreground" aria-hidden />
              <Command.Input placeholder="Type a page, environment or API name…" className="h-11 flex-1 bg-transparent text-[14px] outline-none placeholder:text-subtle-foreground" />
            </div>
            <Command.List className="max-h-80 overflow-y-auto p-1.5">
              <Command.Empty className="px-2 py-6 text-center text-[13px] text-muted-foreground">Nothing matches.</Command.Empty>
              <Command.Group heading="Pages" className={groupClassName}>
                {[...main, ...admin].map((item) => (
                  <Command.Item key={item.href} value={`page ${item.label}`} onSelect={() => go(item.href)} className={itemClassName}>
                    {item.icon}
                    {item.label}
                  </Command.Item>
                ))}
              </Command.Group>
              <Command.Group heading={apis.isPending ? "APIs (loading…)" : "APIs"} className={groupClassName}>
                {apis.error ? <div className="px-2 py-1.5 text-xs text-danger">{apis.error.message}</div> : null}
                {(apis.data ?? []).map((api) => (
                  <Command.Item key={api.id} value={`api ${api.name} ${api.id}`} onSelect={() => go(`/env/${envId}/apis/${api.id}`)} className={itemClassName}>
                    <Boxes aria-hidden />
                    <span className="truncate">{api.name}</span>
                    <span className="ml-auto font-mono text-xs text-subtle-foreground">{api.id}</span>
                  </Command.Item>
                ))}
              </Command.Group>
              <Command.Group heading="Environments" className={groupClassName}>
                {environments.map((environment) => (
                  <Command.Item key={environment.id} value={`environment ${environment.name} ${environment.region}`} onSelect={() => go(`/env/${environment.id}/apis`)} className={itemClassName}>
                    <Network aria-hidden />
                    Switch to {environment.name}
                    <span className="ml-auto font-mono text-xs text-subtle-foreground">{environment.region}</span>
                  </Command.Item>
                ))}
              </Command.Group>
            </Command.List>
            <div className="flex items-center gap-3 border-t border-border bg-surface px-3 py-1.5 text-[11px] text-muted-foreground">
              <span className="flex items-center gap-1"><CornerDownLeft className="size-3" aria-hidden /> open</span>
              <span>↑↓ move</span>
              <span>Esc close</span>
              <span className="ml-auto">Ctrl/⌘ K toggles this palette</span>
            </div>
          </Command>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
