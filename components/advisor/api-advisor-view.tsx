"use client";

import { useState } from "react";
import { CircleCheck, Wrench } from "lucide-react";
import { useApiAdviceQuery } from "@/lib/data/advisor/api-advice-query";
import { groupByCategory, type ApiAdvice } from "@/lib/domain/advisor/api-advice";
import type { Finding } from "@/lib/domain/advisor/types";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormAlert } from "@/components/ui/form-alert";
import { RelativeTime } from "@/components/ui/relative-time";
import { DismissFindingDialog } from "./dismiss-finding-dialog";
import { DismissedFindings } from "./dismissed-findings";
import { FindingList } from "./finding-list";
import { ReviewFixDialog, type FixableFinding } from "./review-fix-dialog";
import { AdvisorScore } from "./advisor-score";
import { SeverityCounts } from "./severity-badge";

type ApiAdvisorViewProps = { envId: string; restApiId: string; initialData: ApiAdvice; canApply: boolean; canEdit: boolean };

/** One API's advisor: score, findings by category with their fixes, and the dismissed ones. */
export function ApiAdvisorView({ envId, restApiId, initialData, canApply, canEdit }: ApiAdvisorViewProps) {
  const query = useApiAdviceQuery({ envId, restApiId }, { initialData });
  const advice = query.data ?? initialData;
  const [reviewing, setReviewing] = useState<FixableFinding | null>(null);
  const actions = (finding: Finding) => (
    <>
      {finding.fix ? (
        <Button size="sm" aria-label={`Review fix: ${finding.title}`} aria-haspopup="dialog" onClick={() => setReviewing({ ...finding, fix: finding.fix! })}>
          <Wrench aria-hidden />
          Review fix
        </Button>
      ) : (
        <span className="text-xs text-muted-foreground">Manual fix</span>
      )}
      {canEdit ? <DismissFindingDialog envId={envId} restApiId={restApiId} finding={finding} /> : null}
    </>
  );
  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-surface px-4 py-3">
        <div className="flex items-center gap-4">
          <AdvisorScore score={advice.score} />
          <SeverityCounts counts={advice.counts} />
        </div>
        <div className="flex items-center gap-3 text-xs text-muted-foreground">
          <span>
            Checked <RelativeTime iso={advice.checkedAt} />
          </span>
          <Button size="sm" pending={query.isFetching} onClick={() => void query.refetch()}>
            Check again
          </Button>
        </div>
      </div>
      <FormAlert message={query.error?.message ?? null} />
      {advice.findings.length === 0 ? (
        <EmptyState icon={<CircleCheck aria-hidden />} title="No findings">
          <p>Every check passed{advice.dismissed.length > 0 ? " (dismissed findings are listed below)" : ""}. Checked:</p>
          <ul className="mt-1.5 list-inside list-disc text-left">
            {advice.checked.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </EmptyState>
      ) : (
        groupByCategory(advice.findings).map((group) => (
          <section key={group.category} aria-labelledby={`category-${group.category}`} className="flex flex-col gap-2">
            <h2 id={`category-${group.category}`} className="text-[13px] font-semibold">
              {group.label} <span className="font-normal text-muted-foreground">({group.findings.length})</span>
            </h2>
            <FindingList label={`${group.label} findings`} findings={group.findings} actions={actions} />
          </section>
        ))
      )}
      {advice.findings.length > 0 ? <p className="text-xs text-muted-foreground">Checked: {advice.checked.join("; ")}.</p> : null}
      <DismissedFindings envId={envId} restApiId={restApiId} dismissed={advice.dismissed} canEdit={canEdit} />
      {reviewing ? <ReviewFixDialog key={reviewing.key} envId={envId} restApiId={restApiId} finding={reviewing} canApply={canApply} onClose={() => setReviewing(null)} /> : null}
    </div>
  );
}
