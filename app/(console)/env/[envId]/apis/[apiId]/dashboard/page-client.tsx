"use client";

import type { DashboardStage } from "@/lib/aws/dashboard-targets";
import type { DashboardData } from "@/lib/domain/dashboard-view";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { SampleTrafficApi } from "@/lib/domain/sample-traffic";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useState } from "react";
import { dashboardUrl, useDashboardQuery } from "@/lib/data/metrics/dashboard-query";
import { describeRange } from "@/lib/domain/metric-range";
import { BreakdownTable } from "@/components/dashboards/breakdown-table";
import { DashboardBody } from "@/components/dashboards/dashboard-body";
import { DashboardEmptyState } from "@/components/dashboards/dashboard-empty-state";
import { DashboardToolbar } from "@/components/dashboards/dashboard-toolbar";
import { DetailedMetricsNotice } from "@/components/dashboards/detailed-metrics-notice";
import { useDashboardUrl } from "@/components/dashboards/use-dashboard-url";
import { Select } from "@/components/ui/select";

type ApiDashboardPageClientProps = {
  environment: EnvironmentSummary;
  api: RestApiSummary;
  stages: DashboardStage[];
  initialData: DashboardData;
  sampleApis: SampleTrafficApi[];
  /** Methods the API defines: what detailed metrics would bill for. */
  methodCount: number;
  canEdit: boolean;
};

const allStages = "__all";
const allMethods = "__all";

export function ApiDashboardPageClient({ environment, api, stages, initialData, sampleApis, methodCount, canEdit }: ApiDashboardPageClientProps) {
  const [params, setParams] = useDashboardUrl();
  // The URL the server read for; later URLs are read by react-query.
  const [initial] = useState(() => ({ url: dashboardUrl({ envId: environment.id, apiId: api.id, params }), data: initialData }));
  const query = useDashboardQuery({ envId: environment.id, apiId: api.id, params }, initial);
  const data = query.data ?? initialData;
  const stage = stages.find((candidate) => candidate.name === params.stage);
  const methodOptions = data.methods.map((row) => `${row.scope.method!.httpMethod} ${row.scope.method!.resource}`);
  const base = `/env/${environment.id}/apis/${api.id}/dashboard`;
  return (
    <div className="flex flex-col gap-4">
      <DashboardToolbar params={params} onChange={setParams} onRefresh={() => void query.refetch()} refreshing={query.isFetching}>
        <Select
          aria-label="Stage"
          className="w-40"
          value={params.stage ?? allStages}
          options={[{ value: allStages, label: "All stages" }, ...stages.map((s) => ({ value: s.name, label: `Stage ${s.name}` }))]}
          onValueChange={(value) => setParams({ stage: value === allStages ? undefined : value, method: undefined })}
        />
        {params.stage && methodOptions.length > 0 ? (
          <Select
            aria-label="Method"
            className="w-52"
            value={params.method && methodOptions.includes(params.method) ? params.method : allMethods}
            options={[{ value: allMethods, label: "All methods" }, ...methodOptions.map((m) => ({ value: m, label: m }))]}
            onValueChange={(value) => setParams({ method: value === allMethods ? undefined : value })}
          />
        ) : null}
      </DashboardToolbar>
      <DashboardBody
        data={data}
        params={params}
        onChange={setParams}
        overview={false}
        isAws={environment.kind === "aws"}
        csvPrefix={`${api.name}-${params.stage ?? "all-stages"}`}
        error={query.error?.message ?? null}
        empty={<DashboardEmptyState environment={environment} rangeText={describeRange(data.range)} sampleApis={sampleApis} canEdit={canEdit} stage={params.stage} />}
      >
        {!params.stage && data.stages.length > 0 ? (
          <section className="flex flex-col gap-2">
            <h2 className="text-[13px] font-semibold">Stages</h2>
            <BreakdownTable label="Stages by requests" nameHeader="Stage" rows={data.stages} name={(row) => ({ text: row.scope.stage ?? "", href: `${base}?stage=${encodeURIComponent(row.scope.stage ?? "")}` })} />
          </section>
        ) : null}
        {params.stage && data.methods.length > 0 ? (
          <section className="flex flex-col gap-2">
            <h2 className="text-[13px] font-semibold">Methods of stage {params.stage}</h2>
            <BreakdownTable label="Methods by requests" nameHeader="Method" rows={data.methods} limit={50} name={(row) => ({ text: `${row.scope.method!.httpMethod} ${row.scope.method!.resource}` })} />
          </section>
        ) : null}
        {params.stage && !data.detailedMetrics ? (
          <DetailedMetricsNotice envId={environment.id} apiId={api.id} stage={params.stage} methods={methodCount} caching={stage?.caching ?? false} />
        ) : null}
      </DashboardBody>
    </div>
  );
}
