import "server-only";
import { listApiKeys } from "@/lib/aws/api-keys";
import { getUsagePlan } from "@/lib/aws/usage-plans";
import type { ApiKeySummary } from "@/lib/domain/api-key";
import type { UsagePlanSummary } from "@/lib/domain/usage-plan";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";

/** A plan and every API key (those in the plan carry its id), so the page can list members and offer the others. */
export type UsagePlanDetail = { plan: UsagePlanSummary; apiKeys: ApiKeySummary[] };

export async function readUsagePlanDetail(environment: EnvironmentSummary, usagePlanId: string): Promise<UsagePlanDetail> {
  const [plan, apiKeys] = await Promise.all([getUsagePlan(environment, usagePlanId), listApiKeys(environment)]);
  if (!plan) throw new ConsoleError("not_found", `There is no usage plan ${usagePlanId} in ${environment.name}.`);
  return { plan, apiKeys };
}
