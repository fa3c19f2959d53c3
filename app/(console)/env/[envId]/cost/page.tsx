import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { readAccountCost } from "@/lib/aws/account-cost";
import { currentPrices } from "@/lib/aws/pricing";
import { consoleRead } from "@/lib/data/console-read";
import { getEnvironment } from "@/lib/environments/environments";
import { ConsoleErrorState } from "@/components/shell/console-error-state";
import { PageHeader } from "@/components/ui/page-header";
import { EnvironmentCost } from "@/components/cost/environment-cost";
import { RefreshPricesButton } from "@/components/cost/refresh-prices-button";

export const metadata: Metadata = { title: "Cost" };

type CostPageProps = { params: Promise<{ envId: string }> };

export default async function EnvironmentCostPage({ params }: CostPageProps) {
  const [{ envId }, user] = await Promise.all([params, requireUser()]);
  const environment = await getEnvironment(envId);
  if (!environment) notFound();
  const description = `Estimated API Gateway charges in ${environment.name} (${environment.region}). Every API in the account shares the request tiers.`;
  const actions = environment.kind === "aws" && hasRole(user.role, "editor") ? <RefreshPricesButton envId={environment.id} /> : undefined;
  const cost = await consoleRead(() => readAccountCost(environment, new Date()));
  if (!cost.ok) {
    return (
      <>
        <PageHeader title="Cost" description={description} actions={actions} />
        <ConsoleErrorState error={cost.error} what={`the cost of ${environment.name}`} />
      </>
    );
  }
  return (
    <>
      <PageHeader title="Cost" description={description} actions={actions} />
      <EnvironmentCost environment={environment} data={cost.data} priceChoice={currentPrices(environment)} />
    </>
  );
}
