"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./class-names";

/** matchPrefix: the tab is also current on pages below its href (e.g. /resources/{id}). */
export type TabLink = { href: string; label: string; matchPrefix?: boolean };

/** Tabs as links: the selected tab lives in the URL so it can be shared and the back button works. */
export function TabLinks({ tabs, label }: { tabs: readonly TabLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-border">
      <ul className="-mb-px flex gap-x-2.5 overflow-x-auto">
        {tabs.map((tab) => {
          const current = pathname === tab.href || (tab.matchPrefix === true && pathname.startsWith(`${tab.href}/`));
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center whitespace-nowrap border-b-2 px-0.5 text-[13px] font-medium transition-colors",
                  current ? "border-accent text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
