"use client";

import { Tabs as TabsPrimitive } from "radix-ui";
import { cn } from "./class-names";

/** In-place tabs for panels inside one view (e.g. a dialog); page sections use TabLinks, which live in the URL. */
export const PanelTabs = TabsPrimitive.Root;
export const PanelTabContent = TabsPrimitive.Content;

export function PanelTabList({ tabs, label, className }: { tabs: ReadonlyArray<{ value: string; label: string }>; label: string; className?: string }) {
  return (
    <TabsPrimitive.List aria-label={label} className={cn("flex gap-4 border-b border-border px-5", className)}>
      {tabs.map((tab) => (
        <TabsPrimitive.Trigger
          key={tab.value}
          value={tab.value}
          className="-mb-px inline-flex h-9 items-center border-b-2 border-transparent px-0.5 text-[13px] font-medium text-muted-foreground transition-colors hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring data-[state=active]:border-accent data-[state=active]:text-foreground"
        >
          {tab.label}
        </TabsPrimitive.Trigger>
      ))}
    </TabsPrimitive.List>
  );
}
