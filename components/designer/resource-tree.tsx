"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { parentRowIndex, typeAheadRowIndex, visibleResourceRows, type ResourceTree } from "@/lib/domain/resource-tree";
import { ResourceTreeRow } from "./resource-tree-row";

type ResourceTreeViewProps = {
  tree: ResourceTree;
  filter: string;
  selectedId: string | null;
  onOpen: (resourceId: string) => void;
};

const rowHeight = 28;
const noneCollapsed: ReadonlySet<string> = new Set();
/** Letters typed within this many ms build one type-ahead prefix, as in a file manager. */
const typeAheadWindowMs = 600;

/**
 * The resource tree as a WAI-ARIA tree. Focus stays on the tree (aria-activedescendant), so the virtual list
 * may drop rows that scroll away: Up/Down, Home/End, Left/Right (collapse, parent / expand, first child),
 * Enter opens, and typing jumps to the next path part starting with what was typed.
 */
export function ResourceTreeView({ tree, filter, selectedId, onOpen }: ResourceTreeViewProps) {
  // Collapsing belongs to one filter: a new filter opens every path to its matches.
  const [collapsedFor, setCollapsedFor] = useState<{ filter: string; ids: ReadonlySet<string> }>({ filter, ids: new Set() });
  const collapsed = collapsedFor.filter === filter ? collapsedFor.ids : noneCollapsed;
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const rows = useMemo(() => visibleResourceRows(tree, collapsed, filter), [tree, collapsed, filter]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const typed = useRef({ text: "", at: 0 });
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render only; nothing below is memoised on it
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // A shared link to a deep resource opens with that resource in view, a few rows below the top.
    initialOffset: () => Math.max(0, (rows.findIndex((row) => row.node.resource.id === selectedId) - 4) * rowHeight),
  });

  const indexOf = (id: string | null) => (id ? rows.findIndex((row) => row.node.resource.id === id) : -1);
  const activeIndex = Math.max(0, indexOf(activeId) === -1 ? indexOf(selectedId) : indexOf(activeId));
  const activeRow = rows[activeIndex];


  const moveTo = (index: number) => {
    const target = rows[Math.min(Math.max(index, 0), rows.length - 1)];
    if (!target) return;
    setActiveId(target.node.resource.id);
    virtualizer.scrollToIndex(rows.indexOf(target), { align: "auto" });
  };
  const setExpanded = (id: string, expanded: boolean) => {
    const next = new Set(collapsed);
    if (expanded) next.delete(id);
    else next.add(id);
    setCollapsedFor({ filter, ids: next });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!activeRow || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = activeRow.node.resource.id;
    const handled = handleKey(event.key);
    if (handled) event.preventDefault();

    function handleKey(key: string): boolean {
      if (key === "ArrowDown") moveTo(activeIndex + 1);
      else if (key === "ArrowUp") moveTo(activeIndex - 1);
      else if (key === "Home") moveTo(0);
      else if (key === "End") moveTo(rows.length - 1);
      else if (key === "ArrowRight") {
        if (activeRow!.hasChildren && !activeRow!.expanded) setExpanded(id, true);
        else if (activeRow!.expanded) moveTo(activeIndex + 1);
      } else if (key === "ArrowLeft") {
        if (activeRow!.expanded) setExpanded(id, false);
        else moveTo(parentRowIndex(rows, activeIndex));
      } else if (key === "Enter") onOpen(id);
      else if (key.length === 1 && key !== " ") typeAhead(key);
      else return false;
      return true;
    }
  };

  const typeAhead = (key: string) => {
    const now = performance.now();
    typed.current = { text: now - typed.current.at < typeAheadWindowMs ? typed.current.text + key : key, at: now };
    const index = typeAheadRowIndex(rows, activeIndex, typed.current.text);
    if (index !== -1) moveTo(index);
  };

  const domId = (id: string) => `resource-tree-item-${id}`;
  return (
    <div
      ref={scrollRef}
      role="tree"
      aria-label="Resources"
      tabIndex={0}
      aria-activedescendant={activeRow ? domId(activeRow.node.resource.id) : undefined}
      onKeyDown={onKeyDown}
      className="group relative min-h-0 flex-1 overflow-auto px-1 py-1 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring/40"
    >
      <div role="presentation" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const id = row.node.resource.id;
          return (
            <ResourceTreeRow
              key={id}
              row={row}
              domId={domId(id)}
              top={item.start}
              active={row === activeRow}
              selected={id === selectedId}
              onOpen={() => {
                setActiveId(id);
                onOpen(id);
              }}
              onToggle={() => setExpanded(id, !row.expanded)}
            />
          );
        })}
      </div>
    </div>
  );
}
