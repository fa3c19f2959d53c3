import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listRestApis } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { parseAdvisorFilters } from "@/lib/domain/advisor/environment-advice";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { EnvironmentAdvisorPageClient } from "./page-client";

export const metadata: Metadata = { title: "Advisor" };

type AdvisorPageProps = { params: Promise<{ envId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EnvironmentAdvisorPage({ params, searchParams }: AdvisorPageProps) {
  const [{ envId }, search] = await Promise.all([params, searchParams, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const header = <PageHeader title="Advisor" description={`The classic API Gateway mistakes, checked in every API of ${environment.name}`} />;
  // One GetRestApis read here; each API's checks are read by the browser, API by API, so the page shows at once.
  const apis = await consoleRead(() => listRestApis(environment));
  if (!apis.ok) {
    return (
      <>
        {header}
        <ConsoleErrorState error={apis.error} what={`the APIs of ${environment.name}`} />
      </>
    );
  }
  return (
    <>
      {header}
      <EnvironmentAdvisorPageClient envId={envId} apis={apis.data.map((api) => ({ id: api.id, name: api.name })).sort((a, b) => a.name.localeCompare(b.name))} filters={parseAdvisorFilters(search)} />
    </>
  );
}
