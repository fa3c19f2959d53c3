"use client";

import { Suspense, useEffect, useRef, useState } from "react";

/** How a deferred menu was first opened: from the keyboard, its first item takes focus (as a Radix trigger does). */
export type MenuOpening = "pointer" | "keyboard";

type DeferredMenuProps = Omit<React.ComponentProps<"button">, "onClick" | "onKeyDown" | "type"> & {
  /** The real (Radix) menu, opened, rendered once the trigger is first used; it should be loaded with React.lazy. */
  menu: (opening: MenuOpening) => React.ReactNode;
};

/**
 * A menu trigger that costs no menu code on first paint: until first used it is a plain button that looks and
 * reads the same (name, aria-haspopup); a click, Enter, Space or ArrowDown renders the real menu already open.
 */
export function DeferredMenu({ menu, children, ...buttonProps }: DeferredMenuProps) {
  const [opening, setOpening] = useState<MenuOpening | null>(null);
  const placeholder = (onUse?: (opening: MenuOpening) => void) => (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      {...buttonProps}
      onClick={(event) => onUse?.(event.detail === 0 ? "keyboard" : "pointer")}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown" || !onUse) return;
        event.preventDefault();
        onUse("keyboard");
      }}
    >
      {children}
    </button>
  );
  if (!opening) return placeholder(setOpening);
  return <Suspense fallback={placeholder()}>{menu(opening)}</Suspense>;
}

/**
 * A ref for DropdownMenuContent: a keyboard opening puts focus on the first enabled item, as a Radix trigger does
 * (Radix only knows the keyboard was used from keys pressed after the menu mounted). Runs after Radix focuses the content.
 */
export function useFocusFirstItem(opening: MenuOpening): React.RefObject<HTMLDivElement | null> {
  const content = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (opening !== "keyboard") return;
    const frame = requestAnimationFrame(() => content.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [opening]);
  return content;
}
