import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listApiKeys } from "@/lib/aws/api-keys";
import { listRestApis } from "@/lib/aws/rest-apis";
import { listUsagePlansWithKeys, usagePlanListItems } from "@/lib/aws/usage-plans";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { queryTabOf } from "@/components/ui/query-tab-links";
import { usagePlansTabs } from "@/components/usage-plans/usage-plan-tabs";
import { UsagePlansPageClient } from "./page-client";

export const metadata: Metadata = { title: "Usage plans & API keys" };

type UsagePlansPageProps = { params: Promise<{ envId: string }>; searchParams: Promise<{ tab?: string | string[] }> };

export default async function UsagePlansPage({ params, searchParams }: UsagePlansPageProps) {
  const [{ envId }, { tab }, user] = await Promise.all([params, searchParams, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const read = await consoleRead(() => {
    // Plans and their keys are read once: the plan list counts the keys, the key list names each key's plans.
    const plans = listUsagePlansWithKeys(environment);
    return Promise.all([plans.then(usagePlanListItems), listApiKeys(environment, plans), listRestApis(environment)]);
  });
  if (!read.ok) {
    return (
      <>
        <PageHeader title="Usage plans & API keys" />
        <ConsoleErrorState error={read.error} what={`the usage plans in ${environment.name}`} />
      </>
    );
  }
  const [plans, apiKeys, apis] = read.data;
  return (
    <UsagePlansPageClient
      environment={environment}
      tab={queryTabOf(usagePlansTabs, tab)}
      initialPlans={plans}
      initialApiKeys={apiKeys}
      apiNames={Object.fromEntries(apis.map((api) => [api.id, api.name]))}
      canEdit={hasRole(user.role, "deployer")}
    />
  );
}
