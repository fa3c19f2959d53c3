import Link from "next/link";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import { PageHeader } from "@/components/ui/page-header";
import { TabLinks } from "@/components/ui/tabs";
import { EndpointTypeBadge } from "./endpoint-type";

/** Title and tabs shared by every page of one API; only tabs that are built are listed. */
export function RestApiHeader({ envId, api }: { envId: string; api: RestApiSummary }) {
  const base = `/env/${envId}/apis/${api.id}`;
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
      />
      <TabLinks
        label="API sections"
        tabs={[
          { href: base, label: "Overview" },
          { href: `${base}/settings`, label: "Settings" },
          { href: `${base}/dashboard`, label: "Dashboard" },
        ]}
      />
    </div>
  );
}
