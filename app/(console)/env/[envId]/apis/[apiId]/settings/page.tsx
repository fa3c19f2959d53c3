import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getRestApi } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { RestApiHeader } from "@/components/rest-apis/rest-api-header";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { RestApiSettingsPageClient } from "./page-client";

type SettingsPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: SettingsPageProps): Promise<Metadata> {
  return { title: `Settings · API ${(await params).apiId}` };
}

export default async function ApiSettingsPage({ params }: SettingsPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
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
      <RestApiSettingsPageClient environment={environment} api={api.data} canEdit={hasRole(user.role, "editor")} />
    </>
  );
}
