"use client";

import { Layers } from "lucide-react";
import type { StageRow } from "@/lib/deployments/stages-overview";
import { EmptyState } from "@/components/ui/empty-state";
import { DeployButton } from "@/components/deploy/deploy-button";
import { StagesTable } from "@/components/stages/stages-table";

type StagesPageClientProps = { envId: string; restApiId: string; stages: StageRow[]; canDeploy: boolean };

export function StagesPageClient({ envId, restApiId, stages, canDeploy }: StagesPageClientProps) {
  if (stages.length === 0) {
    return (
      <EmptyState icon={<Layers />} title="No stages yet" actions={canDeploy ? <DeployButton envId={envId} restApiId={restApiId} /> : null}>
        A stage serves one deployment of the API at its own URL. Deploy the working copy to a new stage (for example <code>dev</code>) to call it.
      </EmptyState>
    );
  }
  return <StagesTable base={`/env/${envId}/apis/${restApiId}`} stages={stages} />;
}
