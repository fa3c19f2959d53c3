"use client";

import Link from "next/link";
import type { UsageRange, UsageReportView } from "@/lib/domain/usage-report";
import type { UsagePlanDetail } from "@/lib/data/usage-plans/usage-plan-detail";
import { useUsagePlanQuery } from "@/lib/data/usage-plans/usage-plan-query";
import { DeleteUsagePlanButton } from "@/components/usage-plans/delete-usage-plan-button";
import { UsagePlanKeysPanel } from "@/components/usage-plans/usage-plan-keys-panel";
import { UsagePlanSettingsForm } from "@/components/usage-plans/usage-plan-settings-form";
import { UsagePlanStagesEditor } from "@/components/usage-plans/usage-plan-stages-editor";
import { UsagePlanSummaryList } from "@/components/usage-plans/usage-plan-summary";
import { UsagePlanUsage } from "@/components/usage-plans/usage-plan-usage";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTabLinks } from "@/components/ui/query-tab-links";
import { usagePlanTabs, type UsagePlanTab } from "@/components/usage-plans/usage-plan-tabs";

type UsagePlanPageClientProps = {
  envId: string;
  tab: UsagePlanTab;
  initialDetail: UsagePlanDetail;
  apis: Array<{ id: string; name: string }>;
  usage: { range: UsageRange; view: UsageReportView } | null;
  canEdit: boolean;
};

export function UsagePlanPageClient({ envId, tab, initialDetail, apis, usage, canEdit }: UsagePlanPageClientProps) {
  const { data: detail } = useUsagePlanQuery(envId, initialDetail.plan.id, initialDetail);
  const { plan, apiKeys } = detail;
  const base = `/env/${envId}/usage-plans/${plan.id}`;
  const keyCount = apiKeys.filter((key) => key.usagePlanIds.includes(plan.id)).length;
  // Editors start from the plan as AWS has it; a saved change (or one made elsewhere) starts them afresh.
  const version = JSON.stringify(plan);
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/env/${envId}/usage-plans`} className="hover:underline">Usage plans</Link>}
        title={plan.name}
        description={<><span className="font-mono">{plan.id}</span>{plan.description ? ` · ${plan.description}` : null}</>}
        actions={canEdit ? <DeleteUsagePlanButton envId={envId} plan={plan} keyCount={keyCount} /> : null}
      />
      <QueryTabLinks base={base} tabs={usagePlanTabs} current={tab} label="Usage plan sections" />
      {tab === "settings" ? (canEdit ? <UsagePlanSettingsForm key={version} envId={envId} plan={plan} /> : <UsagePlanSummaryList plan={plan} />) : null}
      {tab === "stages" ? <UsagePlanStagesEditor key={version} envId={envId} plan={plan} apis={apis} canEdit={canEdit} /> : null}
      {tab === "keys" ? <UsagePlanKeysPanel envId={envId} plan={plan} apiKeys={apiKeys} canEdit={canEdit} /> : null}
      {tab === "usage" && usage ? <UsagePlanUsage base={base} range={usage.range} view={usage.view} quota={plan.quota} /> : null}
    </>
  );
}
