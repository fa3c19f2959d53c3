"use client";

import Link from "next/link";
import type { DomainNameDetail } from "@/lib/domain/domain-name";
import type { RestApiSummary } from "@/lib/domain/rest-api";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useDomainNameQuery } from "@/lib/data/domain-names/domain-name-query";
import { useRestApisQuery } from "@/lib/data/rest-apis/rest-apis-query";
import { BasePathMappingsSection } from "@/components/domains/base-path-mappings-section";
import { DeleteDomainNameButton } from "@/components/domains/delete-domain-name-button";
import { DnsRecords } from "@/components/domains/dns-records";
import { DomainNameDetails } from "@/components/domains/domain-name-details";
import { PageHeader } from "@/components/ui/page-header";

type DomainNamePageClientProps = {
  environment: EnvironmentSummary;
  initialDetail: DomainNameDetail;
  initialApis: RestApiSummary[];
  canEditDomain: boolean;
  canEditMappings: boolean;
};

export function DomainNamePageClient({ environment, initialDetail, initialApis, canEditDomain, canEditMappings }: DomainNamePageClientProps) {
  const { data: detail } = useDomainNameQuery(environment.id, initialDetail);
  const { data: apis = initialApis } = useRestApisQuery({ envId: environment.id }, { initialData: initialApis });
  const { domain, mappings } = detail;
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        className="pb-0"
        eyebrow={
          <Link href={`/env/${environment.id}/domains`} className="rounded-sm hover:text-foreground hover:underline">
            Custom domains
          </Link>
        }
        title={domain.domainName}
        description={`Custom domain name in ${environment.name}`}
        actions={canEditDomain ? <DeleteDomainNameButton envId={environment.id} domainName={domain.domainName} mappings={mappings} apis={apis} /> : null}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <DomainNameDetails envId={environment.id} domain={domain} canEdit={canEditDomain} />
        <DnsRecords domain={domain} sandbox={environment.kind === "sandbox"} />
      </div>
      <BasePathMappingsSection envId={environment.id} environment={environment} domainName={domain.domainName} mappings={mappings} apis={apis} canEdit={canEditMappings} />
    </div>
  );
}
