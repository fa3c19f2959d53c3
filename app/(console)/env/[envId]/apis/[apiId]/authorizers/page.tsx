import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listResourcesWithMethods } from "@/lib/aws/api-design";
import { listAuthorizers } from "@/lib/aws/authorizers";
import { consoleRead } from "@/lib/data/console-read";
import { methodsWhere } from "@/lib/domain/api-design";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { AuthorizersPageClient } from "./page-client";

type AuthorizersPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: AuthorizersPageProps): Promise<Metadata> {
  return { title: `Authorizers · API ${(await params).apiId}` };
}

export default async function AuthorizersPage({ params }: AuthorizersPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment) => <AuthorizersData environment={environment} restApiId={apiId} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function AuthorizersData({ environment, restApiId, canEdit }: { environment: EnvironmentSummary; restApiId: string; canEdit: boolean }) {
  const read = await consoleRead(() => Promise.all([listAuthorizers(environment, restApiId), listResourcesWithMethods(environment, restApiId)]));
  if (!read.ok) return <ConsoleErrorState error={read.error} what="the authorizers" />;
  const [authorizers, resources] = read.data;
  const usedBy = Object.fromEntries(authorizers.map((authorizer) => [authorizer.id, methodsWhere(resources, (method) => method.authorizerId === authorizer.id)]));
  return <AuthorizersPageClient envId={environment.id} restApiId={restApiId} authorizers={authorizers} usedBy={usedBy} canEdit={canEdit} />;
}
