"use client";

import { Toaster as Sonner } from "sonner";

export { toast } from "sonner";

export function Toaster() {
  return (
    <Sonner
      position="bottom-right"
      theme="system"
      closeButton
      toastOptions={{
        classNames: {
          toast: "bg-surface-raised! text-foreground! border-border! shadow-popover! text-[13px]!",
          description: "text-muted-foreground!",
          error: "border-danger/40!",
          success: "border-success/40!",
        },
      }}
    />
  );
}
