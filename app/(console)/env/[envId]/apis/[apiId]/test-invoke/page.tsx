import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listResourceMethods, listStageNames } from "@/lib/aws/resource-methods";
import { consoleRead } from "@/lib/data/console-read";
import { stageInvokeBase } from "@/lib/domain/stage-invoke-url";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { TestInvokePageClient } from "./page-client";

type TestInvokePageProps = {
  params: Promise<{ envId: string; apiId: string }>;
  searchParams: Promise<{ resource?: string | string[]; method?: string | string[] }>;
};

export async function generateMetadata({ params }: TestInvokePageProps): Promise<Metadata> {
  return { title: `Test invoke · API ${(await params).apiId}` };
}

export default async function TestInvokePage({ params, searchParams }: TestInvokePageProps) {
  const [{ envId, apiId }, query, user] = await Promise.all([params, searchParams, requireUser()]);
  const selected = { resourceId: single(query.resource), method: single(query.method)?.toUpperCase() };
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment) => <TestInvokeContent environment={environment} restApiId={apiId} selected={selected} canInvoke={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function TestInvokeContent({ environment, restApiId, selected, canInvoke }: { environment: EnvironmentSummary; restApiId: string; selected: { resourceId?: string; method?: string }; canInvoke: boolean }) {
  const read = await consoleRead(() => Promise.all([listResourceMethods(environment, restApiId), listStageNames(environment, restApiId)]));
  if (!read.ok) return <ConsoleErrorState error={read.error} what="this API's resources and stages" />;
  const [resources, stageNames] = read.data;
  const stages = stageNames.map((stageName) => ({ stageName, invokeUrl: stageInvokeBase(environment, restApiId, stageName) }));
  return <TestInvokePageClient envId={environment.id} restApiId={restApiId} resources={resources} stages={stages} selected={selected} canInvoke={canInvoke} />;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
