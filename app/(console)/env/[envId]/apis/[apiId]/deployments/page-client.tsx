"use client";

import { History } from "lucide-react";
import type { StagesOverview } from "@/lib/deployments/stages-overview";
import { EmptyState } from "@/components/ui/empty-state";
import { DeploymentActivity } from "@/components/deployments/deployment-activity";
import { DeploymentCompare } from "@/components/deployments/deployment-compare";
import { DeploymentsTable } from "@/components/deployments/deployments-table";

type DeploymentsPageClientProps = { envId: string; restApiId: string; overview: StagesOverview; before: string; after: string };

export function DeploymentsPageClient({ envId, restApiId, overview, before, after }: DeploymentsPageClientProps) {
  if (overview.deployments.length === 0) {
    return (
      <EmptyState icon={<History />} title="No deployments yet">
        Each deploy makes an immutable snapshot of the API. Use Deploy to make the first one.
      </EmptyState>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <DeploymentsTable deployments={overview.deployments} records={overview.records} stages={overview.stages} />
      <section aria-label="Compare" className="flex flex-col gap-2">
        <h2 className="text-[15px] font-semibold">Compare</h2>
        <DeploymentCompare envId={envId} restApiId={restApiId} deployments={overview.deployments} stages={overview.stages} before={before} after={after} />
      </section>
      <section aria-label="Activity" className="flex flex-col gap-2">
        <h2 className="text-[15px] font-semibold">Activity</h2>
        <DeploymentActivity records={overview.records} />
      </section>
    </div>
  );
}
