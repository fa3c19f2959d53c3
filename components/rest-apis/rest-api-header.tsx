import Link from "next/link";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tabs";
import { hasRole } from "@/lib/auth/roles";
import { getSession } from "@/lib/auth/session";
import { DeployButton } from "@/components/deploy/deploy-button";
import { EndpointTypeBadge } from "./endpoint-type";

/** Title and tabs shared by every page of one API; only tabs that are built are listed. */
export async function RestApiHeader({ envId, api }: { envId: string; api: RestApiSummary }) {
  const base = `/env/${envId}/apis/${api.id}`;
  const user = await getSession();
  return (
    <div className="mb-5">
      <PageHeader
        className="pb-3"
        eyebrow={
          <nav aria-label="Breadcrumb">
            <Link href={`/env/${envId}/apis`} className="hover:text-foreground hover:underline">
              APIs
            </Link>
            <span aria-hidden> / </span>
            <span className="font-mono">{api.id}</span>
          </nav>
        }
        title={
          <span className="flex items-center gap-2">
            {api.name}
            <EndpointTypeBadge type={api.endpointType} />
          </span>
        }
        actions={user && hasRole(user.role, "deployer") ? <DeployButton envId={envId} restApiId={api.id} /> : null}
      />
      <TabLinks
        label="API sections"
        tabs={[
          { href: base, label: "Overview" },
          { href: `${base}/resources`, label: "Resources", matchPrefix: true },
          { href: `${base}/test-invoke`, label: "Test invoke" },
          { href: `${base}/stages`, label: "Stages", matchPrefix: true },
          { href: `${base}/deployments`, label: "Deployments" },
          { href: `${base}/models`, label: "Models" },
          { href: `${base}/validators`, label: "Validators" },
          { href: `${base}/authorizers`, label: "Authorizers" },
          { href: `${base}/gateway-responses`, label: "Gateway responses" },
          { href: `${base}/dashboard`, label: "Dashboard" },
          { href: `${base}/cost`, label: "Cost" },
          { href: `${base}/settings`, label: "Settings" },
          { href: `${base}/advisor`, label: "Advisor" },
        ]}
      />
    </div>
  );
}
