import Link from "next/link";
import { Activity } from "lucide-react";
import type { SampleTrafficApi } from "@/lib/domain/sample-traffic";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { CodeSnippet } from "@/components/ui/code-snippet";
import { EmptyState } from "@/components/ui/empty-state";
import { SampleTrafficDialog } from "./sample-traffic-dialog";
import { SyntheticHistoryDialog } from "./synthetic-history-dialog";

type DashboardEmptyStateProps = {
  environment: EnvironmentSummary;
  rangeText: string;
  sampleApis: SampleTrafficApi[];
  canEdit: boolean;
  /** The stage the dashboard shows, which the dialogs choose first. */
  stage?: string;
};

/** No requests in the range: say how metrics get here, and in the sandbox offer to make some. */
export function DashboardEmptyState({ environment, rangeText, sampleApis, canEdit, stage }: DashboardEmptyStateProps) {
  const first = sampleApis[0];
  const sandbox = environment.kind === "sandbox";
  return (
    <EmptyState
      icon={<Activity aria-hidden />}
      title={`No requests ${rangeText}`}
      actions={
        sandbox && canEdit && first ? (
          <>
            <SampleTrafficDialog envId={environment.id} apis={sampleApis} stage={stage} />
            <SyntheticHistoryDialog envId={environment.id} apis={sampleApis} stage={stage} />
          </>
        ) : null
      }
    >
      <p>API Gateway publishes metrics for every request a deployed stage serves, about a minute after it arrives.</p>
      {sandbox && first ? (
        <div className="mt-3 text-left">
          <p className="mb-1">Call a stage yourself:</p>
          <CodeSnippet label="curl command" code={`curl ${environment.endpointUrl}/_aws/execute-api/${first.id}/${stage && first.stages.includes(stage) ? stage : first.stages[0]}${first.targets[0]?.path ?? "/"}`} />
        </div>
      ) : null}
      {sandbox && !first ? (
        <p className="mt-2">
          No API has a deployed stage yet. <Link className="text-accent underline underline-offset-2" href={`/env/${environment.id}/apis`}>Create or import an API</Link> and deploy it first.
        </p>
      ) : null}
      {sandbox && first && !canEdit ? <p className="mt-2">An editor can send sample traffic or generate history here.</p> : null}
    </EmptyState>
  );
}
