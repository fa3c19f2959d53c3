import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listRestApis } from "@/lib/aws/rest-apis";
import { getUsage } from "@/lib/aws/usage-plans";
import { usageRangeFrom, usageReportView } from "@/lib/domain/usage-report";
import { consoleRead } from "@/lib/data/console-read";
import { readUsagePlanDetail } from "@/lib/data/usage-plans/usage-plan-detail";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { queryTabOf } from "@/components/ui/query-tab-links";
import { usagePlanTabs } from "@/components/usage-plans/usage-plan-tabs";
import { UsagePlanPageClient } from "./page-client";

type UsagePlanPageProps = {
  params: Promise<{ envId: string; usagePlanId: string }>;
  searchParams: Promise<{ tab?: string | string[]; from?: string | string[]; to?: string | string[] }>;
};

export async function generateMetadata({ params }: UsagePlanPageProps): Promise<Metadata> {
  return { title: `Usage plan ${(await params).usagePlanId}` };
}

export default async function UsagePlanPage({ params, searchParams }: UsagePlanPageProps) {
  const [{ envId, usagePlanId }, query, user] = await Promise.all([params, searchParams, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const tab = queryTabOf(usagePlanTabs, query.tab);
  const range = usageRangeFrom(query, new Date());
  const read = await consoleRead(async () => {
    const [detail, apis] = await Promise.all([readUsagePlanDetail(environment, usagePlanId), listRestApis(environment)]);
    // GetUsage only when its tab is open: the other tabs never wait for it.
    const usage = tab === "usage" ? await getUsage(environment, usagePlanId, range) : null;
    return { detail, apis, usage };
  });
  if (!read.ok) {
    return (
      <>
        <PageHeader title={`Usage plan ${usagePlanId}`} eyebrow="Usage plans" />
        <ConsoleErrorState error={read.error} what={`usage plan ${usagePlanId}`} />
      </>
    );
  }
  const { detail, apis, usage } = read.data;
  const keyNames = new Map(detail.apiKeys.filter((key) => key.usagePlanIds.includes(usagePlanId)).map((key) => [key.id, key.name]));
  return (
    <UsagePlanPageClient
      envId={envId}
      tab={tab}
      initialDetail={detail}
      apis={apis.map((api) => ({ id: api.id, name: api.name }))}
      usage={usage ? { range, view: usageReportView(usage, keyNames, detail.plan.quota !== null) } : null}
      canEdit={hasRole(user.role, "deployer")}
    />
  );
}
