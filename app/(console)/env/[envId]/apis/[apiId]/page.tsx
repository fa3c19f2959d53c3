import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { RestApiOverview } from "@/components/rest-apis/rest-api-overview";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";

type ApiPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: ApiPageProps): Promise<Metadata> {
  return { title: `API ${(await params).apiId}` };
}

export default async function ApiOverviewPage({ params }: ApiPageProps) {
  const [{ envId, apiId }] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment, api) => <RestApiOverview environment={environment} api={api} />}
    </RestApiPageFrame>
  );
}
