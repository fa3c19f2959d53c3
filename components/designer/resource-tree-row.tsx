import { ChevronRight } from "lucide-react";
import { rowLabel, type ResourceRow } from "@/lib/domain/resource-tree";
import { cn } from "@/components/ui/class-names";
import { MethodBadge } from "./method-badge";

type ResourceTreeRowProps = {
  row: ResourceRow;
  domId: string;
  active: boolean;
  selected: boolean;
  /** Where the virtual list places the row, in px from the top. */
  top: number;
  onOpen: () => void;
  onToggle: () => void;
};

/** One treeitem: indent by level, a disclosure chevron, the path part and the method badges. */
export function ResourceTreeRow({ row, domId, active, selected, top, onOpen, onToggle }: ResourceTreeRowProps) {
  const { node } = row;
  return (
    <div
      role="treeitem"
      id={domId}
      aria-label={node.resource.path}
      aria-level={node.level}
      aria-posinset={row.positionInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      data-active={active || undefined}
      onClick={onOpen}
      style={{ transform: `translateY(${top}px)`, paddingLeft: `${(node.level - 1) * 14 + 4}px` }}
      className={cn(
        "absolute inset-x-0 top-0 flex h-7 cursor-pointer items-center gap-1 rounded pr-2 text-[13px]",
        selected ? "bg-accent-soft font-medium text-foreground" : "text-foreground hover:bg-hover",
        "group-focus-visible:data-active:outline-2 group-focus-visible:data-active:-outline-offset-2 group-focus-visible:data-active:outline-ring",
      )}
    >
      {row.hasChildren ? (
        <span
          aria-hidden
          onClick={(event) => {
            event.stopPropagation();
            onToggle();
          }}
          className="flex size-5 shrink-0 items-center justify-center rounded text-muted-foreground hover:bg-hover hover:text-foreground"
        >
          <ChevronRight className={cn("size-3.5 transition-transform", row.expanded && "rotate-90")} />
        </span>
      ) : (
        <span aria-hidden className="size-5 shrink-0" />
      )}
      <span className={cn("min-w-0 flex-1 truncate font-mono text-[12.5px]", row.matches && "underline decoration-accent decoration-2 underline-offset-2")}>
        {rowLabel(node)}
      </span>
      <span className="flex shrink-0 gap-0.5">
        {node.resource.methods.map((method) => (
          <MethodBadge key={method.httpMethod} method={method.httpMethod} />
        ))}
      </span>
    </div>
  );
}
