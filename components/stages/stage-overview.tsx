"use client";

import { useState } from "react";
import type { StageDetail } from "@/lib/deployments/stage-detail";
import { Select } from "@/components/ui/select";
import { DeployButton } from "@/components/deploy/deploy-button";
import { ComparePanel } from "./compare-panel";
import { PointStageDialog } from "./point-stage-dialog";
import { RollbackTable } from "./rollback-table";
import { StageProtectionToggle } from "./stage-protection-toggle";
import { StageSettingCostsTable } from "@/components/cost/stage-setting-costs-table";
import { StageSummary } from "./stage-summary";

export type StagePermissions = { canEdit: boolean; canDeploy: boolean; isAdmin: boolean; environmentProtected: boolean };

function Section({ title, actions, children }: { title: string; actions?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <div className="flex items-center justify-between gap-3">
        <h2 className="text-[15px] font-semibold">{title}</h2>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

/** The stage's deployment, its undeployed changes, promotion from another stage and rollback. */
export function StageOverview({ envId, restApiId, detail, permissions }: { envId: string; restApiId: string; detail: StageDetail; permissions: StagePermissions }) {
  const { stage } = detail;
  const [from, setFrom] = useState(detail.otherStages[0]?.stageName ?? "");
  const source = detail.otherStages.find((candidate) => candidate.stageName === from);
  return (
    <div className="flex flex-col gap-6">
      <StageSummary stage={stage} />
      {permissions.isAdmin ? (
        <StageProtectionToggle envId={envId} restApiId={restApiId} stageName={stage.stageName} isProtected={stage.isProtected} environmentProtected={permissions.environmentProtected} />
      ) : null}
      <Section title="Undeployed changes" actions={permissions.canDeploy ? <DeployButton envId={envId} restApiId={restApiId} stageName={stage.stageName} variant="secondary" /> : null}>
        <ComparePanel variables={{ envId, restApiId, before: `stage:${stage.stageName}`, after: "working" }} emptyText="None: this stage serves the working copy." />
      </Section>
      {detail.otherStages.length > 0 ? (
        <Section title="Compare with another stage">
          <div className="flex flex-wrap items-center gap-2">
            <Select aria-label="Other stage" value={from} onValueChange={setFrom} options={detail.otherStages.map((other) => ({ value: other.stageName, label: other.stageName }))} className="w-48" />
            {permissions.canDeploy && source && source.deploymentId !== stage.deploymentId ? (
              <PointStageDialog envId={envId} restApiId={restApiId} stage={stage} mode={{ kind: "promote", fromStage: source.stageName, deploymentId: source.deploymentId }} triggerLabel={`Promote ${source.stageName} to ${stage.stageName}…`} />
            ) : null}
          </div>
          {from ? <ComparePanel variables={{ envId, restApiId, before: `stage:${stage.stageName}`, after: `stage:${from}` }} emptyText={`No differences: ${stage.stageName} and ${from} serve the same API.`} /> : null}
        </Section>
      ) : null}
      <Section title="Settings and what they cost">
        <StageSettingCostsTable rows={detail.settingCosts} />
      </Section>
      <Section title="Roll back">
        <RollbackTable envId={envId} restApiId={restApiId} stage={stage} deployments={detail.deployments} records={detail.records} canDeploy={permissions.canDeploy} />
      </Section>
    </div>
  );
}
