"use client";

import { ArrowRight } from "lucide-react";
import type { FlowBox, FlowPart } from "@/lib/domain/request-flow";
import { cn } from "@/components/ui/class-names";

type RequestFlowDiagramProps = { boxes: readonly FlowBox[]; current: FlowPart; hrefFor: (part: FlowPart) => string; onSelect: (part: FlowPart) => void };

/** API Gateway's request flow as a row of boxes; the editable ones are links that open their part (kept in the URL as ?part=). */
export function RequestFlowDiagram({ boxes, current, hrefFor, onSelect }: RequestFlowDiagramProps) {
  return (
    <nav aria-label="Request flow" className="mb-4">
      <ol className="grid grid-cols-[repeat(6,minmax(0,1fr))] gap-x-5">
        {boxes.map((box, index) => (
          <li key={box.key} className="relative flex min-w-0">
            {index > 0 ? <ArrowRight className="absolute -left-[18px] top-1/2 size-3.5 -translate-y-1/2 text-subtle-foreground" aria-hidden /> : null}
            <FlowBoxView box={box} current={box.part !== null && box.part === current} href={box.part ? hrefFor(box.part) : null} onSelect={box.part ? () => onSelect(box.part!) : undefined} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

function FlowBoxView({ box, current, href, onSelect }: { box: FlowBox; current: boolean; href: string | null; onSelect: (() => void) | undefined }) {
  const body = (
    <>
      <span className={cn("text-xs font-medium", current ? "text-accent" : "text-muted-foreground")}>{box.title}</span>
      <span className="truncate font-mono text-[12px] text-foreground" title={box.summary}>
        {box.summary}
      </span>
    </>
  );
  const base = "flex w-full min-w-0 flex-col gap-0.5 rounded-md border px-2.5 py-2";
  if (!href) return <div className={cn(base, "border-dashed border-border-strong bg-surface")}>{body}</div>;
  return (
    <a
      href={href}
      // The part changes on the client (the URL follows), so switching parts never re-reads the method from AWS.
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || !onSelect) return;
        event.preventDefault();
        onSelect();
      }}
      aria-current={current ? "page" : undefined}
      className={cn(
        base,
        "transition-colors hover:bg-hover focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        current ? "border-accent bg-accent-soft" : "border-border-strong bg-surface-raised",
      )}
    >
      {body}
    </a>
  );
}
