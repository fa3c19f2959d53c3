"use client";

import { Globe } from "lucide-react";
import type { DomainNameListItem } from "@/lib/domain/domain-name";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { useDomainNamesQuery } from "@/lib/data/domain-names/domain-names-query";
import { CreateDomainNameDialog } from "@/components/domains/create-domain-name-dialog";
import { DomainNamesTable } from "@/components/domains/domain-names-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

type DomainNamesPageClientProps = { environment: EnvironmentSummary; initialDomains: DomainNameListItem[]; canCreate: boolean };

export function DomainNamesPageClient({ environment, initialDomains, canCreate }: DomainNamesPageClientProps) {
  const { data: domains } = useDomainNamesQuery(environment.id, initialDomains);
  const createButton = canCreate ? <CreateDomainNameDialog envId={environment.id} region={environment.region} /> : null;
  const count = domains.length === 1 ? "1 custom domain name" : `${domains.length} custom domain names`;
  return (
    <>
      <PageHeader title="Custom domains" description={`${count} in ${environment.name}`} actions={domains.length > 0 ? createButton : null} />
      {domains.length === 0 ? (
        <EmptyState icon={<Globe aria-hidden />} title="No custom domain names yet" actions={createButton}>
          A custom domain gives your APIs a stable host name of your own. Map base paths to API stages (v1 to one API&apos;s prod, v2 to
          another&apos;s) and clients move to a new version when they choose.
          {canCreate ? null : " An admin can create one."}
        </EmptyState>
      ) : (
        <DomainNamesTable envId={environment.id} domains={domains} />
      )}
    </>
  );
}
