import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getRestApi } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment, type EnvironmentSummary } from "@/lib/environments/environments";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { RestApiHeader } from "@/components/rest-apis/rest-api-header";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";

/** Reads the environment and the API every API tab needs, with the shared not-found and error states. */
export async function RestApiPageFrame({
  envId,
  apiId,
  children,
}: {
  envId: string;
  apiId: string;
  children: (environment: EnvironmentSummary, api: RestApiSummary) => ReactNode;
}) {
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
      {children(environment, api.data)}
    </>
  );
}
