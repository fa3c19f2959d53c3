"use client";

import type { DashboardData } from "@/lib/domain/dashboard-view";
import type { SampleTrafficApi } from "@/lib/domain/sample-traffic";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useState } from "react";
import { dashboardUrl, useDashboardQuery } from "@/lib/data/metrics/dashboard-query";
import { describeRange } from "@/lib/domain/metric-range";
import { BreakdownTable } from "@/components/dashboards/breakdown-table";
import { DashboardBody } from "@/components/dashboards/dashboard-body";
import { DashboardEmptyState } from "@/components/dashboards/dashboard-empty-state";
import { DashboardToolbar } from "@/components/dashboards/dashboard-toolbar";
import { useDashboardUrl } from "@/components/dashboards/use-dashboard-url";
import { PageHeader } from "@/components/ui/page-header";

type DashboardsPageClientProps = { environment: EnvironmentSummary; initialData: DashboardData; sampleApis: SampleTrafficApi[]; canEdit: boolean };

export function DashboardsPageClient({ environment, initialData, sampleApis, canEdit }: DashboardsPageClientProps) {
  const [params, setParams] = useDashboardUrl();
  // The URL the server read for; later URLs are read by react-query.
  const [initial] = useState(() => ({ url: dashboardUrl({ envId: environment.id, apiId: null, params }), data: initialData }));
  const query = useDashboardQuery({ envId: environment.id, apiId: null, params }, initial);
  const data = query.data ?? initialData;
  const apiLink = (apiId: string | null) => (apiId ? `/env/${environment.id}/apis/${apiId}/dashboard` : undefined);
  return (
    <>
      <PageHeader
        title="Dashboards"
        description={`Usage of every API in ${environment.name}, from CloudWatch (AWS/ApiGateway)`}
        actions={<DashboardToolbar params={params} onChange={setParams} onRefresh={() => void query.refetch()} refreshing={query.isFetching} />}
      />
      <DashboardBody
        data={data}
        params={params}
        onChange={setParams}
        overview
        isAws={environment.kind === "aws"}
        csvPrefix={`${environment.id}-overview`}
        error={query.error?.message ?? null}
        empty={<DashboardEmptyState environment={environment} rangeText={describeRange(data.range)} sampleApis={sampleApis} canEdit={canEdit} stage={params.stage} />}
      >
        {data.totals.requests ? (
          <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
            <section className="flex flex-col gap-2">
              <h2 className="text-[13px] font-semibold">Top APIs</h2>
              <BreakdownTable label="Top APIs by requests" nameHeader="API" rows={data.apis} name={(row) => ({ text: row.scope.apiName, href: apiLink(row.apiId) })} />
            </section>
            <section className="flex flex-col gap-2">
              <h2 className="text-[13px] font-semibold">Top stages</h2>
              <BreakdownTable
                label="Top stages by requests"
                nameHeader="API / stage"
                rows={data.stages}
                name={(row) => ({ text: `${row.scope.apiName} / ${row.scope.stage}`, href: row.apiId ? `${apiLink(row.apiId)}?stage=${encodeURIComponent(row.scope.stage ?? "")}` : undefined })}
              />
            </section>
            {data.methods.length > 0 ? (
              <section className="flex flex-col gap-2 xl:col-span-2">
                <h2 className="text-[13px] font-semibold">Top methods</h2>
                <BreakdownTable
                  label="Top methods by requests"
                  nameHeader="API / stage / method"
                  rows={data.methods}
                  name={(row) => ({ text: `${row.scope.apiName} / ${row.scope.stage} / ${row.scope.method?.httpMethod} ${row.scope.method?.resource}` })}
                />
              </section>
            ) : (
              <p className="text-xs text-muted-foreground xl:col-span-2">No stage has detailed metrics on, so there is no per-method breakdown. Turn them on in a stage&apos;s settings.</p>
            )}
          </div>
        ) : null}
      </DashboardBody>
    </>
  );
}
