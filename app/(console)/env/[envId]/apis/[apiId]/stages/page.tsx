import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleRead } from "@/lib/data/console-read";
import { getDb } from "@/lib/db/client";
import { readStagesOverview } from "@/lib/deployments/stages-overview";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { StagesPageClient } from "./page-client";

type StagesPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: StagesPageProps): Promise<Metadata> {
  return { title: `Stages · API ${(await params).apiId}` };
}

export default async function StagesPage({ params }: StagesPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {async (environment) => {
        const overview = await consoleRead(async () => readStagesOverview(environment, await getDb(), apiId));
        if (!overview.ok) return <ConsoleErrorState error={overview.error} what="the stages" />;
        return <StagesPageClient envId={envId} restApiId={apiId} stages={overview.data.stages} canDeploy={hasRole(user.role, "deployer")} />;
      }}
    </RestApiPageFrame>
  );
}
