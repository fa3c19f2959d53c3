"use client";

import { Label as LabelPrimitive } from "radix-ui";
import { cn } from "./class-names";

export function Label({ className, ...props }: React.ComponentProps<typeof LabelPrimitive.Root>) {
  return <LabelPrimitive.Root className={cn("text-[13px] font-medium text-foreground", className)} {...props} />;
}
