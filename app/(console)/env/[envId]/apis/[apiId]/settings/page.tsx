import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { RestApiSettingsPageClient } from "./page-client";

type SettingsPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: SettingsPageProps): Promise<Metadata> {
  return { title: `Settings · API ${(await params).apiId}` };
}

export default async function ApiSettingsPage({ params }: SettingsPageProps) {
  const [{ envId, apiId }, user] = await Promise.all([params, requireUser()]);
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment, api) => (
        <RestApiSettingsPageClient environment={environment} api={api} canEdit={hasRole(user.role, "editor")} />
      )}
    </RestApiPageFrame>
  );
}
