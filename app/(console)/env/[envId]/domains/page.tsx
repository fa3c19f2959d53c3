import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listDomainNames } from "@/lib/aws/domain-names";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { DomainNamesPageClient } from "./page-client";

export const metadata: Metadata = { title: "Custom domains" };

type DomainsPageProps = { params: Promise<{ envId: string }> };

export default async function DomainsPage({ params }: DomainsPageProps) {
  const [{ envId }, user] = await Promise.all([params, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const domains = await consoleRead(() => listDomainNames(environment));
  if (!domains.ok) {
    return (
      <>
        <PageHeader title="Custom domains" description={`Custom domain names in ${environment.name}`} />
        <ConsoleErrorState error={domains.error} what={`the custom domain names in ${environment.name}`} />
      </>
    );
  }
  return <DomainNamesPageClient environment={environment} initialDomains={domains.data} canCreate={hasRole(user.role, "admin")} />;
}
