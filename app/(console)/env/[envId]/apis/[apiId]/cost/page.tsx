import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { readAccountCost, readStageUsage } from "@/lib/aws/account-cost";
import { readApiCostInputs } from "@/lib/aws/api-cost-inputs";
import { currentPrices } from "@/lib/aws/pricing";
import { consoleRead } from "@/lib/data/console-read";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ApiCost } from "@/components/cost/api-cost";
import { RestApiPageFrame } from "@/components/rest-apis/rest-api-page-frame";
import { ConsoleErrorState } from "@/components/shell/console-error-state";

type ApiCostPageProps = { params: Promise<{ envId: string; apiId: string }> };

export async function generateMetadata({ params }: ApiCostPageProps): Promise<Metadata> {
  return { title: `Cost · API ${(await params).apiId}` };
}

export default async function ApiCostPage({ params }: ApiCostPageProps) {
  const [{ envId, apiId }] = await Promise.all([params, requireUser()]);
  return <RestApiPageFrame envId={envId} apiId={apiId}>{(environment) => <ApiCostSection environment={environment} apiId={apiId} />}</RestApiPageFrame>;
}

async function ApiCostSection({ environment, apiId }: { environment: EnvironmentSummary; apiId: string }) {
  const now = new Date();
  const read = await consoleRead(async () => {
    const [inputs, account] = await Promise.all([readApiCostInputs(environment, apiId), readAccountCost(environment, now)]);
    const stages = await readStageUsage(environment, inputs.apiName, inputs.stages.map((stage) => stage.stageName), now);
    return { inputs, account, stages };
  });
  if (!read.ok) return <ConsoleErrorState error={read.error} what="this API's cost" />;
  return <ApiCost environment={environment} inputs={read.data.inputs} account={read.data.account} stageDays={read.data.stages.days} stageReadCost={read.data.stages.readCost} priceChoice={currentPrices(environment)} />;
}
