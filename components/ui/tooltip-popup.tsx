"use client";

import { useEffect, useRef } from "react";
import { Tooltip as TooltipPrimitive } from "radix-ui";

type TooltipPopupProps = {
  content: React.ReactNode;
  children: React.ReactElement;
  side: "top" | "bottom" | "left" | "right";
  /** The trigger had keyboard focus when this loaded: mounting replaced that element, so focus is given back. */
  refocus: boolean;
};

/** The Radix part of Tooltip, loaded the first time any tooltip's trigger is hovered or focused. */
export default function TooltipPopup({ content, children, side, refocus }: TooltipPopupProps) {
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (refocus && document.activeElement === document.body) trigger.current?.focus();
  }, [refocus]);
  return (
    <TooltipPrimitive.Provider delayDuration={300}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger asChild ref={trigger}>
          {children}
        </TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content side={side} sideOffset={6} className="z-50 max-w-xs rounded-md bg-foreground px-2 py-1 text-xs text-background shadow-popover">
            {content}
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}
