import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getDomainNameDetail } from "@/lib/aws/domain-names";
import { listRestApis } from "@/lib/aws/rest-apis";
import { consoleRead } from "@/lib/data/console-read";
import { domainNameFromSegment } from "@/lib/domain/domain-name";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { DomainNamePageClient } from "./page-client";

type DomainNamePageProps = { params: Promise<{ envId: string; domainName: string }> };

export async function generateMetadata({ params }: DomainNamePageProps): Promise<Metadata> {
  return { title: domainNameFromSegment((await params).domainName) ?? "Custom domain" };
}

export default async function DomainNamePage({ params }: DomainNamePageProps) {
  const [{ envId, domainName: encodedName }, user] = await Promise.all([params, requireUser()]);
  const domainName = domainNameFromSegment(encodedName);
  const environment = await getEnvironment(envId);
  if (!environment || !domainName) notFound();
  const read = await consoleRead(() => Promise.all([getDomainNameDetail(environment, domainName), listRestApis(environment)]));
  if (!read.ok) {
    return (
      <>
        <PageHeader title={domainName} description="Custom domain name" />
        <ConsoleErrorState error={read.error} what={`${domainName} in ${environment.name}`} />
      </>
    );
  }
  const [detail, apis] = read.data;
  if (!detail) notFound();
  return <DomainNamePageClient environment={environment} initialDetail={detail} initialApis={apis} canEditDomain={hasRole(user.role, "admin")} canEditMappings={hasRole(user.role, "deployer")} />;
}
