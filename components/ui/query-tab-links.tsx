import Link from "next/link";
import { cn } from "./class-names";

export type QueryTab<T extends string> = { id: T; label: string };

/** Tabs as links to `?tab=`: the first tab is the bare URL, so the default view has one address. */
export function QueryTabLinks<T extends string>({ base, tabs, current, label }: { base: string; tabs: readonly QueryTab<T>[]; current: T; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 border-b border-border">
      <ul className="-mb-px flex gap-x-2.5 overflow-x-auto">
        {tabs.map((tab, index) => (
          <li key={tab.id}>
            <Link
              href={index === 0 ? base : `${base}?tab=${tab.id}`}
              aria-current={tab.id === current ? "page" : undefined}
              className={cn(
                "inline-flex h-9 items-center whitespace-nowrap border-b-2 px-0.5 text-[13px] font-medium transition-colors",
                tab.id === current ? "border-accent text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Reads ?tab=, defaulting to the first tab. */
export function queryTabOf<T extends string>(tabs: readonly QueryTab<T>[], value: string | string[] | undefined): T {
  return tabs.find((tab) => tab.id === value)?.id ?? tabs[0]!.id;
}
