import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listGatewayResponses } from "@/lib/aws/gateway-responses";
import { consoleRead } from "@/lib/data/console-read";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { GatewayResponsesPageClient } from "./page-client";

type GatewayResponsesPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: GatewayResponsesPageProps): Promise<Metadata> {
  return { title: `Gateway responses · API ${(await params).apiId}` };
}

export default async function GatewayResponsesPage({ params }: GatewayResponsesPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment) => <GatewayResponsesData environment={environment} restApiId={apiId} canEdit={hasRole(user.role, "editor")} />}
    </RestApiPageFrame>
  );
}

async function GatewayResponsesData({ environment, restApiId, canEdit }: { environment: EnvironmentSummary; restApiId: string; canEdit: boolean }) {
  const responses = await consoleRead(() => listGatewayResponses(environment, restApiId));
  if (!responses.ok) return <ConsoleErrorState error={responses.error} what="the gateway responses" />;
  return <GatewayResponsesPageClient envId={environment.id} restApiId={restApiId} responses={responses.data} canEdit={canEdit} />;
}
