"use client";

import { useCompareQuery, type CompareVariables } from "@/lib/data/stages/compare-query";
import { FormAlert } from "@/components/ui/form-alert";
import { Skeleton } from "@/components/ui/skeleton";
import { DeployDiffView } from "./deploy-diff-view";

/** Loads and shows the diff between two documents of an API. */
export function ComparePanel({ variables, emptyText, enabled = true }: { variables: CompareVariables; emptyText?: string; enabled?: boolean }) {
  const comparison = useCompareQuery(variables, { enabled });
  if (comparison.isPending) {
    return (
      <div role="status" aria-label="Loading the diff" className="flex flex-col gap-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  if (comparison.isError) return <FormAlert message={comparison.error.message} />;
  return <DeployDiffView diff={comparison.data} emptyText={emptyText} />;
}
