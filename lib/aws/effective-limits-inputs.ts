import "server-only";
import { GetApiKeysCommand, GetUsagePlansCommand, type ThrottleSettings, type UsagePlan } from "@aws-sdk/client-api-gateway";
import type { EffectiveLimitInputs, PlanThrottles, ThrottlePair } from "@/lib/domain/effective-limits";
import { ConsoleError } from "@/lib/errors";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { getAccountSettings } from "./account";
import { allPages, maxPageSize } from "./all-pages";
import { callAws } from "./aws-call";
import { apiGatewayClient } from "./clients";
import { getStage } from "./stages";

/** Everything the effective-limits view resolves from, read in parallel (one paginated pass per list). */
export async function readEffectiveLimitInputs(env: EnvironmentSummary, restApiId: string, stageName: string, keyId: string | null): Promise<EffectiveLimitInputs> {
  const client = apiGatewayClient(env);
  const [account, stage, apiKeys, plans] = await Promise.all([
    getAccountSettings(env),
    getStage(env, restApiId, stageName),
    allPages((position) => callAws(env, () => client.send(new GetApiKeysCommand({ limit: maxPageSize, position, includeValues: false }))), (key) => ({ id: key.id ?? "", name: key.name ?? key.id ?? "", enabled: key.enabled ?? false })),
    keyId ? allPages((position) => callAws(env, () => client.send(new GetUsagePlansCommand({ keyId, limit: maxPageSize, position }))), (plan) => plan) : Promise.resolve(null),
  ]);
  if (!stage) throw new ConsoleError("not_found", `Stage ${stageName} no longer exists.`);
  const inputs: EffectiveLimitInputs = { account, settings: stage.settings, apiKeys: apiKeys.sort((a, b) => a.name.localeCompare(b.name)) };
  if (plans) inputs.plan = planForStage(plans, restApiId, stageName);
  return inputs;
}

/** AWS lets a key be in only one plan per API stage, so the first plan that lists this stage is the one. */
function planForStage(plans: UsagePlan[], restApiId: string, stageName: string): PlanThrottles | null {
  for (const plan of plans) {
    const apiStage = plan.apiStages?.find((candidate) => candidate.apiId === restApiId && candidate.stage === stageName);
    if (!apiStage) continue;
    const methodThrottles = Object.fromEntries(Object.entries(apiStage.throttle ?? {}).map(([key, value]) => [key, toPair(value)]));
    return { planId: plan.id ?? "", planName: plan.name ?? plan.id ?? "", throttle: plan.throttle ? toPair(plan.throttle) : null, methodThrottles };
  }
  return null;
}

function toPair(throttle: ThrottleSettings): ThrottlePair {
  return { rateLimit: throttle.rateLimit ?? null, burstLimit: throttle.burstLimit ?? null };
}
