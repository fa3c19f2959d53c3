import type { Metadata } from "next";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listResources } from "@/lib/aws/resources";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { ResourcesRead } from "@/components/designer/resources-read";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ResourcesPageClient } from "./page-client";

/** Also serves /resources/{resourceId} (that resource selected). */
type ResourcesPageProps = { params: Promise<{ envId: string; apiId: string; resourceId?: string }>; searchParams: Promise<{ filter?: string | string[] }> };

export async function generateMetadata({ params }: ResourcesPageProps): Promise<Metadata> {
  return { title: `Resources · API ${(await params).apiId}` };
}

export default async function ResourcesPage({ params, searchParams }: ResourcesPageProps) {
  const [{ envId, apiId }, { filter }, user] = await Promise.all([params, searchParams, requireUser()]);
  // Started before the frame reads the API, so GetRestApi and GetResources overlap.
  const read = getEnvironment(envId).then((environment) => consoleRead(() => (environment ? listResources(environment, apiId) : Promise.resolve([]))));
  return (
    <RestApiPageFrame envId={envId} apiId={apiId}>
      {(environment, api) => (
        <ResourcesRead read={read}>
          {(resources) => (
            <ResourcesPageClient envId={environment.id} api={api} initialResources={resources} initialFilter={typeof filter === "string" ? filter : ""} canEdit={hasRole(user.role, "editor")} />
          )}
        </ResourcesRead>
      )}
    </RestApiPageFrame>
  );
}
