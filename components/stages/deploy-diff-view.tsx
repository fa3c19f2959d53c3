"use client";

import { useState } from "react";
import type { ReviewedDiff } from "@/lib/deployments/stage-documents";
import { Button } from "@/components/ui/button";
import { DeployChangeList } from "./deploy-change-list";
import { RawDiffView } from "./raw-diff-view";

/** A reviewed diff: the readable change list, or the raw OpenAPI diff; "No changes" when the two documents agree. */
export function DeployDiffView({ diff, emptyText = "No changes: both serve the same API." }: { diff: ReviewedDiff; emptyText?: string }) {
  const [view, setView] = useState<"changes" | "raw">("changes");
  const summaryNote = diff.summaryOnly ? (
    <p role="note" className="text-xs text-muted-foreground">
      AWS exports only stages, and this deployment was made outside Archway and is served by no stage: only its methods and how they are protected (GetDeployment&apos;s summary) are compared.
    </p>
  ) : null;
  if (diff.count === 0) {
    return (
      <div className="flex flex-col gap-2">
        <p className="rounded-lg border border-border bg-surface px-3 py-2 text-[13px] text-muted-foreground">{emptyText}</p>
        {summaryNote}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      {summaryNote}
      <div className="flex items-center gap-1" role="group" aria-label="Diff view">
        <Button size="sm" variant={view === "changes" ? "secondary" : "ghost"} aria-pressed={view === "changes"} onClick={() => setView("changes")}>
          Changes ({diff.count})
        </Button>
        <Button size="sm" variant={view === "raw" ? "secondary" : "ghost"} aria-pressed={view === "raw"} onClick={() => setView("raw")}>
          Raw OpenAPI diff
        </Button>
      </div>
      {view === "changes" ? <DeployChangeList changes={diff.changes} /> : <RawDiffView patch={diff.raw} />}
    </div>
  );
}
