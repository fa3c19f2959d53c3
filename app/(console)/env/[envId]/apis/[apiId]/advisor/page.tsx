import type { Metadata } from "next";
import { readApiAdvice } from "@/lib/advisor/read-api-advice";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleRead } from "@/lib/data/console-read";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { ApiAdvisorPageClient } from "./page-client";

type AdvisorPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: AdvisorPageProps): Promise<Metadata> {
  return { title: `Advisor · API ${(await params).apiId}` };
}

export default async function ApiAdvisorPage({ params }: AdvisorPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment, api) => <ApiAdvisorData environment={environment} api={api} canApply={hasRole(user.role, "deployer")} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function ApiAdvisorData({ environment, api, canApply, canEdit }: { environment: EnvironmentSummary; api: RestApiSummary; canApply: boolean; canEdit: boolean }) {
  const advice = await consoleRead(() => readApiAdvice(environment, api.id));
  if (!advice.ok) return <ConsoleErrorState error={advice.error} what={`the advisor checks of ${api.name}`} />;
  return <ApiAdvisorPageClient envId={environment.id} restApiId={api.id} advice={advice.data} canApply={canApply} canEdit={canEdit} />;
}
