import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getMethodPageData } from "@/lib/aws/methods";
import { listStageNames } from "@/lib/aws/resource-methods";
import { consoleRead } from "@/lib/data/console-read";
import { httpMethods } from "@/lib/domain/method-definition";
import { stageInvokeBase } from "@/lib/domain/stage-invoke-url";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { MethodEditorPageClient } from "./page-client";

type MethodPageProps = { params: Promise<{ envId: string; apiId: string; resourceId: string; httpMethod: string }> };

export async function generateMetadata({ params }: MethodPageProps): Promise<Metadata> {
  const { apiId, httpMethod } = await params;
  return { title: `${httpMethod} · API ${apiId}` };
}

export default async function MethodEditorPage({ params }: MethodPageProps) {
  const [{ envId, apiId, resourceId, httpMethod }, user] = await Promise.all([params, requireUser()]);
  if (!httpMethods.some((verb) => verb === httpMethod)) notFound();
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment) => <MethodEditorRead environment={environment} apiId={apiId} resourceId={resourceId} httpMethod={httpMethod} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function MethodEditorRead({ environment, apiId, resourceId, httpMethod, canEdit }: { environment: EnvironmentSummary; apiId: string; resourceId: string; httpMethod: string; canEdit: boolean }) {
  const read = await consoleRead(() => Promise.all([getMethodPageData(environment, { restApiId: apiId, resourceId, httpMethod }), listStageNames(environment, apiId)]));
  if (!read.ok) return <ConsoleErrorState error={read.error} what={`${httpMethod} on this resource`} />;
  const [data, stageNames] = read.data;
  if (!data) notFound();
  const stages = stageNames.map((stageName) => ({ stageName, invokeUrl: stageInvokeBase(environment, apiId, stageName) }));
  return <MethodEditorPageClient envId={environment.id} restApiId={apiId} httpMethod={httpMethod} data={data} stages={stages} canEdit={canEdit} />;
}
