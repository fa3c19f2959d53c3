"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { Search } from "lucide-react";
import type { CommandPaletteProps } from "./command-palette-dialog";

// cmdk and the dialog are fetched on first open (click or Ctrl/Cmd-K), not with every page.
const CommandPaletteDialog = lazy(() => import("./command-palette-dialog"));

/** Ctrl/Cmd-K: jump to any page, environment or API by typing part of its name. */
export function CommandPalette(props: CommandPaletteProps) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const show = (next: boolean) => {
    if (next) setLoaded(true);
    setOpen(next);
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setLoaded(true);
        setOpen((wasOpen) => !wasOpen);
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => show(true)}
        className="flex h-8 w-64 items-center gap-2 rounded-md border border-border-strong bg-surface px-2.5 text-[13px] text-muted-foreground hover:bg-hover"
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search className="size-3.5" aria-hidden />
        <span className="flex-1 text-left">Jump to…</span>
        <kbd className="rounded border border-border-strong bg-surface-raised px-1 text-[11px]">Ctrl K</kbd>
      </button>
      {loaded ? (
        <Suspense fallback={null}>
          <CommandPaletteDialog {...props} open={open} onOpenChange={show} />
        </Suspense>
      ) : null}
    </>
  );
}
