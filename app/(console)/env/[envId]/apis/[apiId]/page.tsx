import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listStageNames } from "@/lib/aws/resource-methods";
import { consoleRead } from "@/lib/data/console-read";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiOpenApiSection } from "@/components/openapi/rest-api-openapi-section";
import { RestApiOverview } from "@/components/rest-apis/rest-api-overview";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";

type ApiPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: ApiPageProps): Promise<Metadata> {
  return { title: `API ${(await params).apiId}` };
}

export default async function ApiOverviewPage({ params }: ApiPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment, api) => (
        <div className="flex flex-col gap-6">
          <RestApiOverview environment={environment} api={api} />
          <OpenApiSection environment={environment} api={api} canEdit={hasRole(user.role, "editor")} />
        </div>
      )}
    </RestApiPageFrame>
  );
}

async function OpenApiSection({ environment, api, canEdit }: { environment: EnvironmentSummary; api: RestApiSummary; canEdit: boolean }) {
  // Without the stage list the working copy can still be exported.
  const stages = await consoleRead(() => listStageNames(environment, api.id));
  return <RestApiOpenApiSection environment={environment} api={api} stageNames={stages.ok ? stages.data : []} canEdit={canEdit} />;
}
