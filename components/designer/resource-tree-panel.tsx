"use client";

import { useEffect, useMemo, useState } from "react";
import { Search } from "lucide-react";
import type { ResourceTree } from "@/lib/domain/resource-tree";
import { Input } from "@/components/ui/input";
import { ResourceTreeView } from "./resource-tree";

type ResourceTreePanelProps = {
  tree: ResourceTree;
  selectedId: string | null;
  initialFilter: string;
  onOpen: (resourceId: string) => void;
};

/** How long typing may pause before the filter is written to the URL (the tree itself filters on every key). */
const urlSyncDelayMs = 250;

/** The filter box, the tree and its totals; the filter lives in the URL (?filter=) so a filtered view can be shared. */
export function ResourceTreePanel({ tree, selectedId, initialFilter, onOpen }: ResourceTreePanelProps) {
  const [filter, setFilter] = useState(initialFilter);
  useEffect(() => {
    const timer = setTimeout(() => {
      const url = new URL(window.location.href);
      if (filter.trim()) url.searchParams.set("filter", filter);
      else url.searchParams.delete("filter");
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
    }, urlSyncDelayMs);
    return () => clearTimeout(timer);
  }, [filter]);

  const totals = useMemo(() => {
    let methods = 0;
    for (const node of tree.byId.values()) methods += node.resource.methods.length;
    const needle = filter.trim().toLowerCase();
    const matches = needle ? [...tree.byId.values()].filter((node) => node.resource.path.toLowerCase().includes(needle)).length : null;
    return { resources: tree.byId.size, methods, matches };
  }, [tree, filter]);

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="relative border-b border-border p-2">
        <Search className="pointer-events-none absolute left-4 top-1/2 size-3.5 -translate-y-1/2 text-subtle-foreground" aria-hidden />
        <Input
          type="search"
          aria-label="Filter resources by path"
          placeholder="Filter by path"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="pl-7"
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      {totals.matches === 0 ? (
        <p className="px-3 py-4 text-[13px] text-muted-foreground">No resource path contains “{filter.trim()}”.</p>
      ) : (
        <ResourceTreeView tree={tree} filter={filter} selectedId={selectedId} onOpen={onOpen} />
      )}
      <p className="border-t border-border px-3 py-1.5 text-xs text-muted-foreground" aria-live="polite">
        {totals.matches === null ? "" : `${totals.matches} matching · `}
        {totals.resources} {totals.resources === 1 ? "resource" : "resources"} · {totals.methods} {totals.methods === 1 ? "method" : "methods"}
      </p>
    </div>
  );
}
