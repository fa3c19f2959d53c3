"use client";

import { Gauge, KeyRound } from "lucide-react";
import type { ApiKeySummary } from "@/lib/domain/api-key";
import type { UsagePlanListItem } from "@/lib/domain/usage-plan";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useApiKeysQuery } from "@/lib/data/usage-plans/api-keys-query";
import { useUsagePlansQuery } from "@/lib/data/usage-plans/usage-plans-query";
import { ApiKeyTable } from "@/components/api-keys/api-key-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { ImportApiKeysDialog } from "@/components/api-keys/import-api-keys-dialog";
import { CreateUsagePlanDialog } from "@/components/usage-plans/create-usage-plan-dialog";
import { UsagePlanTable } from "@/components/usage-plans/usage-plan-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTabLinks } from "@/components/ui/query-tab-links";
import { usagePlansTabs, type UsagePlansTab } from "@/components/usage-plans/usage-plan-tabs";

type UsagePlansPageClientProps = {
  environment: EnvironmentSummary;
  tab: UsagePlansTab;
  initialPlans: UsagePlanListItem[];
  initialApiKeys: ApiKeySummary[];
  apiNames: Record<string, string>;
  canEdit: boolean;
};

export function UsagePlansPageClient({ environment, tab, initialPlans, initialApiKeys, apiNames, canEdit }: UsagePlansPageClientProps) {
  const envId = environment.id;
  const { data: plans } = useUsagePlansQuery(envId, initialPlans);
  const { data: apiKeys } = useApiKeysQuery(envId, initialApiKeys);
  const planNames = Object.fromEntries(plans.map((plan) => [plan.id, plan.name]));
  const actions = !canEdit ? null : tab === "plans" ? <CreateUsagePlanDialog envId={envId} /> : (
    <>
      <ImportApiKeysDialog envId={envId} />
      <CreateApiKeyDialog envId={envId} />
    </>
  );
  const counts = `${plans.length} ${plans.length === 1 ? "usage plan" : "usage plans"} and ${apiKeys.length} ${apiKeys.length === 1 ? "API key" : "API keys"} in ${environment.name}`;
  return (
    <>
      <PageHeader title="Usage plans & API keys" description={counts} actions={actions} />
      <QueryTabLinks base={`/env/${envId}/usage-plans`} tabs={usagePlansTabs} current={tab} label="Usage plans and API keys" />
      {tab === "plans" ? (
        plans.length > 0 ? (
          <UsagePlanTable envId={envId} plans={plans} apiNames={apiNames} />
        ) : (
          <EmptyState icon={<Gauge aria-hidden />} title="No usage plans yet">
            A usage plan sets a throttle and a quota per API key on the API stages you choose. Methods that require an API key refuse callers without one in a plan for that stage.
          </EmptyState>
        )
      ) : apiKeys.length > 0 ? (
        <ApiKeyTable envId={envId} apiKeys={apiKeys} planNames={planNames} canEdit={canEdit} />
      ) : (
        <EmptyState icon={<KeyRound aria-hidden />} title="No API keys yet">
          Create a key (its value is shown once) or import a CSV file, then attach keys to a usage plan. Clients send the value in the x-api-key header.
        </EmptyState>
      )}
    </>
  );
}
