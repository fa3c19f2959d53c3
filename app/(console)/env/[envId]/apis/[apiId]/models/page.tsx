import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listResourcesWithMethods } from "@/lib/aws/api-design";
import { listModels } from "@/lib/aws/models";
import { consoleRead } from "@/lib/data/console-read";
import { methodsUsingModel } from "@/lib/domain/model";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { ModelsPageClient } from "./page-client";

type ModelsPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: ModelsPageProps): Promise<Metadata> {
  return { title: `Models · API ${(await params).apiId}` };
}

export default async function ModelsPage({ params }: ModelsPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment) => <ModelsData environment={environment} restApiId={apiId} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function ModelsData({ environment, restApiId, canEdit }: { environment: EnvironmentSummary; restApiId: string; canEdit: boolean }) {
  const read = await consoleRead(() => Promise.all([listModels(environment, restApiId), listResourcesWithMethods(environment, restApiId)]));
  if (!read.ok) return <ConsoleErrorState error={read.error} what="the models" />;
  const [models, resources] = read.data;
  const usedBy = Object.fromEntries(models.map((model) => [model.name, methodsUsingModel(resources, model.name)]));
  return <ModelsPageClient envId={environment.id} restApiId={restApiId} models={models} usedBy={usedBy} canEdit={canEdit} />;
}
