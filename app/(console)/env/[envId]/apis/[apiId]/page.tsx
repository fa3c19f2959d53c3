import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getRestApi } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { RestApiHeader } from "@/components/rest-apis/rest-api-header";
import { RestApiOverview } from "@/components/rest-apis/rest-api-overview";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";

type ApiPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: ApiPageProps): Promise<Metadata> {
  return { title: `API ${(await params).apiId}` };
}

export default async function ApiOverviewPage({ params }: ApiPageProps) {
  const [{ envId, apiId }] = await Promise.all([params, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const api = await consoleRead(() => getRestApi(environment, apiId));
  if (!api.ok) {
    return (
      <>
        <PageHeader title={apiId} />
        <ConsoleErrorState error={api.error} what="this API" />
      </>
    );
  }
  if (!api.data) notFound();
  return (
    <>
      <RestApiHeader envId={envId} api={api.data} />
      <RestApiOverview environment={environment} api={api.data} />
    </>
  );
}
