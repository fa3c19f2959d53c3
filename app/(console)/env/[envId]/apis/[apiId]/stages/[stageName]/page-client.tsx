"use client";

import type { StageDetail } from "@/lib/deployments/stage-detail";
import { AdvisorFindingsPanel } from "@/components/advisor/advisor-findings-panel";
import type { StageLimitsData } from "@/lib/deployments/stage-limits-data";
import type { StageSettingsContext } from "@/lib/deployments/stage-settings-context";
import { CachingPanel } from "@/components/stages/caching-panel";
import { ThrottlingPanel } from "@/components/stages/throttling-panel";
import { CanaryPanel } from "@/components/stages/canary-panel";
import { StageHardCodedHosts } from "@/components/stages/stage-hard-coded-hosts";
import { StageLogsTab } from "@/components/stages/stage-logs-tab";
import { StageSettingsTab } from "@/components/stages/stage-settings-tab";
import { StageOverview, type StagePermissions } from "@/components/stages/stage-overview";
import { StageTabs, type StageTab } from "@/components/stages/stage-tabs";
import { StageVariableUsage } from "@/components/stages/stage-variable-usage";
import { StageVariablesEditor } from "@/components/stages/stage-variables-editor";

type StagePageClientProps = {
  envId: string;
  restApiId: string;
  detail: StageDetail;
  tab: StageTab;
  permissions: StagePermissions;
  /** Read only for the Throttling and Caching tabs. */
  limits: StageLimitsData | null;
  /** Read only for the Settings and Logs & metrics tabs. */
  settingsContext: StageSettingsContext | null;
  now: string;
};

export function StagePageClient({ envId, restApiId, detail, tab, permissions, limits, settingsContext, now }: StagePageClientProps) {
  const base = `/env/${envId}/apis/${restApiId}/stages/${detail.stage.stageName}`;
  return (
    <div className="flex flex-col">
      <h2 className="mb-2 text-[15px] font-semibold">
        Stage <span className="font-mono">{detail.stage.stageName}</span>
      </h2>
      <StageTabs base={base} current={tab} />
      {tab === "overview" ? <StageOverview envId={envId} restApiId={restApiId} detail={detail} permissions={permissions} /> : null}
      {tab === "overview" ? (
        <div className="mt-6">
          <AdvisorFindingsPanel envId={envId} restApiId={restApiId} scope={{ stageName: detail.stage.stageName }} title={`Advisor findings for ${detail.stage.stageName}`} emptyText="No advisor findings for this stage." />
        </div>
      ) : null}
      {tab === "variables" ? (
        <div className="flex max-w-4xl flex-col gap-6">
          <StageVariablesEditor key={JSON.stringify(detail.stage.variables)} envId={envId} restApiId={restApiId} stageName={detail.stage.stageName} variables={detail.stage.variables} canEdit={permissions.canEdit} />
          <section aria-label="Where variables are used" className="flex flex-col gap-2">
            <h2 className="text-[15px] font-semibold">Where variables are used</h2>
            <StageVariableUsage detail={detail} />
          </section>
          <StageHardCodedHosts envId={envId} restApiId={restApiId} detail={detail} canEdit={permissions.canEdit} />
        </div>
      ) : null}
      {tab === "settings" && settingsContext ? <StageSettingsTab envId={envId} restApiId={restApiId} stage={detail.stage} context={settingsContext} canEdit={permissions.canDeploy} now={now} /> : null}
      {tab === "throttling" && limits ? <ThrottlingPanel at={{ envId, restApiId, stageName: detail.stage.stageName }} settings={detail.stage.settings} limits={limits} canChange={permissions.canDeploy} /> : null}
      {tab === "caching" && limits ? <CachingPanel at={{ envId, restApiId, stageName: detail.stage.stageName }} settings={detail.stage.settings} limits={limits} canChange={permissions.canDeploy} /> : null}
      {tab === "logs" && settingsContext ? (
        <StageLogsTab envId={envId} restApiId={restApiId} stage={detail.stage} context={settingsContext} canEdit={permissions.canDeploy} environmentProtected={permissions.environmentProtected} />
      ) : null}
      {tab === "canary" ? <CanaryPanel envId={envId} restApiId={restApiId} stage={detail.stage} canDeploy={permissions.canDeploy} /> : null}
    </div>
  );
}
