import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleRead } from "@/lib/data/console-read";
import { readOverviewForParams } from "@/lib/dashboards/dashboard-reads";
import { dashboardParamsOf } from "@/lib/dashboards/dashboard-route";
import { readSampleTrafficApis } from "@/lib/dashboards/sample-traffic-apis";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { DashboardsPageClient } from "./page-client";

export const metadata: Metadata = { title: "Dashboards" };

type DashboardsPageProps = { params: Promise<{ envId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardsPage({ params, searchParams }: DashboardsPageProps) {
  const [{ envId }, search, user] = await Promise.all([params, searchParams, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const data = await consoleRead(() => readOverviewForParams(environment, dashboardParamsOf(search)));
  if (!data.ok) {
    return (
      <>
        <PageHeader title="Dashboards" description={`Usage of every API in ${environment.name}`} />
        <ConsoleErrorState error={data.error} what={`the metrics of ${environment.name}`} />
      </>
    );
  }
  const apis = data.data.apis.flatMap((row) => (row.apiId ? [{ id: row.apiId, name: row.scope.apiName }] : []));
  const sampleApis = data.data.totals.requests ? { ok: true as const, data: [] } : await consoleRead(() => readSampleTrafficApis(environment, apis));
  return (
    <DashboardsPageClient environment={environment} initialData={data.data} sampleApis={sampleApis.ok ? sampleApis.data : []} canEdit={hasRole(user.role, "editor")} />
  );
}
