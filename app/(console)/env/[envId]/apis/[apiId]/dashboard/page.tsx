import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listDashboardStages } from "@/lib/aws/dashboard-targets";
import { listResourceMethods } from "@/lib/aws/resource-methods";
import { consoleRead } from "@/lib/data/console-read";
import { readApiForParams } from "@/lib/dashboards/dashboard-reads";
import { dashboardParamsOf } from "@/lib/dashboards/dashboard-route";
import { readSampleTrafficApis } from "@/lib/dashboards/sample-traffic-apis";
import type { DashboardParams } from "@/lib/domain/dashboard-view";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { trafficTargets } from "@/lib/domain/sample-traffic";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { ApiDashboardPageClient } from "./page-client";

type ApiDashboardPageProps = { params: Promise<{ envId: string; apiId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: ApiDashboardPageProps): Promise<Metadata> {
  return { title: `Dashboard · API ${(await params).apiId}` };
}

export default async function ApiDashboardPage({ params, searchParams }: ApiDashboardPageProps) {
  const [{ envId, apiId }, search, user] = await Promise.all([params, searchParams, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment, api) => <ApiDashboard environment={environment} api={api} params={dashboardParamsOf(search)} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

/** Reads stages and the first metrics; when the range is empty, what sample traffic can call; without detailed metrics, how many methods would be billed. */
async function ApiDashboard({ environment, api, params, canEdit }: { environment: EnvironmentSummary; api: RestApiSummary; params: DashboardParams; canEdit: boolean }) {
  const [stages, data] = await Promise.all([consoleRead(() => listDashboardStages(environment, api.id)), consoleRead(() => readApiForParams(environment, api, params))]);
  if (!stages.ok) return <ConsoleErrorState error={stages.error} what={`the stages of ${api.name}`} />;
  if (!data.ok) return <ConsoleErrorState error={data.error} what={`the metrics of ${api.name}`} />;
  const [sampleApis, resources] = await Promise.all([
    data.data.totals.requests ? null : consoleRead(() => readSampleTrafficApis(environment, [api])),
    params.stage && !data.data.detailedMetrics ? consoleRead(() => listResourceMethods(environment, api.id)) : null,
  ]);
  return (
    <ApiDashboardPageClient
      environment={environment}
      api={api}
      stages={stages.data}
      initialData={data.data}
      sampleApis={sampleApis?.ok ? sampleApis.data : []}
      methodCount={resources?.ok ? trafficTargets(resources.data).length : 0}
      canEdit={canEdit}
    />
  );
}
