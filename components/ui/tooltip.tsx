"use client";

import { cloneElement, lazy, Suspense, useState } from "react";

// Radix's tooltip (and its popper) loads when a tooltip is first wanted, not with every table of timestamps.
const TooltipPopup = lazy(() => import("./tooltip-popup"));

type TooltipProps = {
  content: React.ReactNode;
  children: React.ReactElement<React.HTMLAttributes<HTMLElement>>;
  side?: "top" | "bottom" | "left" | "right";
};

/** A short hint on hover or focus; the trigger must be focusable. */
export function Tooltip({ content, children, side = "top" }: TooltipProps) {
  const [armedBy, setArmedBy] = useState<"pointer" | "focus" | null>(null);
  if (armedBy) {
    return (
      <Suspense fallback={children}>
        <TooltipPopup content={content} side={side} refocus={armedBy === "focus"}>
          {children}
        </TooltipPopup>
      </Suspense>
    );
  }
  return cloneElement(children, {
    onPointerEnter: (event: React.PointerEvent<HTMLElement>) => {
      children.props.onPointerEnter?.(event);
      setArmedBy("pointer");
    },
    onFocus: (event: React.FocusEvent<HTMLElement>) => {
      children.props.onFocus?.(event);
      setArmedBy("focus");
    },
  });
}
