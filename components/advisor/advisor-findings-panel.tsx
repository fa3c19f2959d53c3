"use client";

import Link from "next/link";
import { ShieldCheck } from "lucide-react";
import { useApiAdviceQuery } from "@/lib/data/advisor/api-advice-query";
import { findingsForMethod, findingsForStage } from "@/lib/domain/advisor/api-advice";
import { Skeleton } from "@/components/ui/skeleton";
import { FindingList } from "./finding-list";

type Scope = { stageName: string } | { resourceId: string; httpMethod: string };

type AdvisorFindingsPanelProps = {
  envId: string;
  restApiId: string;
  scope: Scope;
  /** "Advisor findings for prod" */
  title: string;
  /** Said when nothing applies, e.g. "No advisor findings for this stage."; without it the panel shows only when there are findings. */
  emptyText?: string;
};

/** The advisor's findings about one stage or one method, small, linking to the full advisor page. */
export function AdvisorFindingsPanel({ envId, restApiId, scope, title, emptyText }: AdvisorFindingsPanelProps) {
  const query = useApiAdviceQuery({ envId, restApiId });
  const all = query.data?.findings ?? [];
  const findings = "stageName" in scope ? findingsForStage(all, scope.stageName) : findingsForMethod(all, scope.resourceId, scope.httpMethod);
  if (emptyText === undefined && findings.length === 0) return null;
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 className="flex items-center gap-1.5 text-[13px] font-semibold">
          <ShieldCheck className="size-4 text-muted-foreground" aria-hidden />
          {title}
        </h3>
        <Link href={`/env/${envId}/apis/${restApiId}/advisor`} className="text-xs text-accent hover:underline">
          Open the advisor
        </Link>
      </div>
      {query.isPending ? <Skeleton className="h-9 w-full" /> : null}
      {query.error ? <p className="text-xs text-muted-foreground">The advisor could not check this API: {query.error.message}</p> : null}
      {query.data && findings.length === 0 && emptyText ? <p className="text-xs text-muted-foreground">{emptyText}</p> : null}
      {findings.length > 0 ? <FindingList label={title} findings={findings} compact /> : null}
    </section>
  );
}
