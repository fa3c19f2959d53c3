import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { consoleRead } from "@/lib/data/console-read";
import { getDb } from "@/lib/db/client";
import { readStagesOverview } from "@/lib/deployments/stages-overview";
import { parseDocumentRef } from "@/lib/domain/document-ref";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { DeploymentsPageClient } from "./page-client";

type DeploymentsPageProps = { params: Promise<{ envId: string; apiId: string }>; searchParams: Promise<{ before?: string; after?: string }> };

export async function generateMetadata({ params }: DeploymentsPageProps): Promise<Metadata> {
  return { title: `Deployments · API ${(await params).apiId}` };
}

export default async function DeploymentsPage({ params, searchParams }: DeploymentsPageProps) {
  const [{ envId, apiId }, query] = await Promise.all([params, searchParams, requireUser()]);
  const valid = (text: string | undefined) => (text && parseDocumentRef(text) ? text : "");
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {async (environment) => {
        const overview = await consoleRead(async () => readStagesOverview(environment, await getDb(), apiId));
        if (!overview.ok) return <ConsoleErrorState error={overview.error} what="the deployments" />;
        return <DeploymentsPageClient envId={envId} restApiId={apiId} overview={overview.data} before={valid(query.before)} after={valid(query.after)} />;
      }}
    </RestApiPageFrame>
  );
}
