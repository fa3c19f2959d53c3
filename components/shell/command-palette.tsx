"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Command } from "cmdk";
import { Boxes, CornerDownLeft, Network, Search } from "lucide-react";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useRestApisQuery } from "@/lib/data/rest-apis/rest-apis-query";
import { navItems } from "./side-nav";

type CommandPaletteProps = { envId: string; environments: readonly EnvironmentSummary[]; isAdmin: boolean };

const itemClassName =
  "flex h-8 cursor-default select-none items-center gap-2 rounded px-2 text-[13px] data-[selected=true]:bg-hover [&_svg]:size-4 [&_svg]:text-muted-foreground";
const groupClassName =
  "[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-[11px] [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-subtle-foreground";

/** Ctrl/Cmd-K: jump to any page, environment or API by typing part of its name. */
export function CommandPalette({ envId, environments, isAdmin }: CommandPaletteProps) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const apis = useRestApisQuery({ envId }, { enabled: open });
  const { main, admin } = navItems(envId, isAdmin);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setOpen((wasOpen) => !wasOpen);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="flex h-8 w-64 items-center gap-2 rounded-md border border-border-strong bg-surface px-2.5 text-[13px] text-muted-foreground hover:bg-hover"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search className="size-3.5" aria-hidden />
        <span className="flex-1 text-left">Jump to…</span>
        <kbd className="rounded border border-border-strong bg-surface-raised px-1 text-[11px]">Ctrl K</kbd>
      </button>
      <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
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
    </>
  );
}
