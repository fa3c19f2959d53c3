import "server-only";
import {
  CreateUsagePlanCommand,
  DeleteUsagePlanCommand,
  GetUsageCommand,
  GetUsagePlanCommand,
  GetUsagePlanKeysCommand,
  GetUsagePlansCommand,
  UpdateUsagePlanCommand,
  type UsagePlan,
} from "@aws-sdk/client-api-gateway";
import type { PatchOperation } from "@/lib/domain/plan";
import { parseMethodThrottleKey, quotaPeriods, type QuotaPeriod, type QuotaSettings, type ThrottleLimits, type UsagePlanListItem, type UsagePlanStage, type UsagePlanSummary } from "@/lib/domain/usage-plan";
import type { RawUsage, UsageRange } from "@/lib/domain/usage-report";
import type { EnvironmentSummary } from "@/lib/environments/environments";
import { ConsoleError } from "@/lib/errors";
import { allPages, maxPageSize } from "./all-pages";
import { callAws, requestIdOf, type AwsResult } from "./aws-call";
import { apiGatewayClient } from "./clients";

/** A usage plan with the ids of the API keys in it. */
export type UsagePlanWithKeys = UsagePlanSummary & { keyIds: string[] };

/** Every usage plan with its keys' ids (one GetUsagePlanKeys per plan, in parallel), sorted by name. */
export async function listUsagePlansWithKeys(env: EnvironmentSummary): Promise<UsagePlanWithKeys[]> {
  const client = apiGatewayClient(env);
  const plans = await allPages((position) => callAws(env, () => client.send(new GetUsagePlansCommand({ limit: maxPageSize, position }))), toUsagePlanSummary);
  const keyIds = await Promise.all(plans.map((plan) => listUsagePlanKeyIds(env, plan.id)));
  return plans.map((plan, index) => ({ ...plan, keyIds: keyIds[index] ?? [] })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The list's rows: each plan with how many keys it holds. */
export function usagePlanListItems(plans: readonly UsagePlanWithKeys[]): UsagePlanListItem[] {
  return plans.map(({ keyIds, ...plan }) => ({ ...plan, keyCount: keyIds.length }));
}

/** Every usage plan with its key count. */
export async function listUsagePlans(env: EnvironmentSummary): Promise<UsagePlanListItem[]> {
  return usagePlanListItems(await listUsagePlansWithKeys(env));
}

/** One plan, or null when AWS does not know it. */
export async function getUsagePlan(env: EnvironmentSummary, usagePlanId: string): Promise<UsagePlanSummary | null> {
  try {
    return toUsagePlanSummary(await callAws(env, () => apiGatewayClient(env).send(new GetUsagePlanCommand({ usagePlanId }))));
  } catch (error) {
    if (error instanceof ConsoleError && error.code === "not_found") return null;
    throw error;
  }
}

/** The ids of the API keys in a plan. */
export async function listUsagePlanKeyIds(env: EnvironmentSummary, usagePlanId: string): Promise<string[]> {
  const client = apiGatewayClient(env);
  return allPages((position) => callAws(env, () => client.send(new GetUsagePlanKeysCommand({ usagePlanId, limit: maxPageSize, position }))), (key) => key.id ?? "");
}

export type NewUsagePlan = { name: string; description: string | null; throttle: ThrottleLimits | null; quota: QuotaSettings | null };

export async function createUsagePlan(env: EnvironmentSummary, plan: NewUsagePlan): Promise<AwsResult<UsagePlanSummary>> {
  const throttle = plan.throttle ? { ...(plan.throttle.rateLimit !== null ? { rateLimit: plan.throttle.rateLimit } : {}), ...(plan.throttle.burstLimit !== null ? { burstLimit: plan.throttle.burstLimit } : {}) } : undefined;
  const output = await callAws(env, () =>
    apiGatewayClient(env).send(new CreateUsagePlanCommand({ name: plan.name, ...(plan.description ? { description: plan.description } : {}), ...(throttle ? { throttle } : {}), ...(plan.quota ? { quota: plan.quota } : {}) })),
  );
  return { value: toUsagePlanSummary(output), requestId: requestIdOf(output) };
}

/** Sends one UpdateUsagePlan with every operation (AWS allows one such call per plan every 20 seconds). */
export async function updateUsagePlan(env: EnvironmentSummary, usagePlanId: string, patchOperations: PatchOperation[]): Promise<AwsResult<UsagePlanSummary>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new UpdateUsagePlanCommand({ usagePlanId, patchOperations })));
  return { value: toUsagePlanSummary(output), requestId: requestIdOf(output) };
}

export async function deleteUsagePlan(env: EnvironmentSummary, usagePlanId: string): Promise<AwsResult<null>> {
  const output = await callAws(env, () => apiGatewayClient(env).send(new DeleteUsagePlanCommand({ usagePlanId })));
  return { value: null, requestId: requestIdOf(output) };
}

/** GetUsage for every key of the plan over the range, all pages. */
export async function getUsage(env: EnvironmentSummary, usagePlanId: string, range: UsageRange): Promise<RawUsage> {
  const client = apiGatewayClient(env);
  const items: RawUsage["items"] = {};
  let position: string | undefined;
  do {
    const page = await callAws(env, () => client.send(new GetUsageCommand({ usagePlanId, startDate: range.from, endDate: range.to, limit: maxPageSize, position })));
    for (const [keyId, days] of Object.entries(page.items ?? {})) items[keyId] = days.map((day) => [Number(day[0] ?? 0), Number(day[1] ?? 0)]);
    position = page.position && page.position !== position ? page.position : undefined;
  } while (position);
  return { startDate: range.from, endDate: range.to, items };
}

function toUsagePlanSummary(plan: UsagePlan): UsagePlanSummary {
  const throttle = plan.throttle ? toThrottle(plan.throttle) : null;
  return {
    id: plan.id ?? "",
    name: plan.name ?? "",
    description: plan.description || null,
    throttle: throttle && (throttle.rateLimit !== null || throttle.burstLimit !== null) ? throttle : null,
    quota: plan.quota && plan.quota.limit !== undefined ? { limit: plan.quota.limit, offset: plan.quota.offset ?? 0, period: toPeriod(plan.quota.period) } : null,
    apiStages: (plan.apiStages ?? []).map(toStage).sort((a, b) => `${a.apiId}:${a.stage}`.localeCompare(`${b.apiId}:${b.stage}`)),
  };
}

function toStage(stage: NonNullable<UsagePlan["apiStages"]>[number]): UsagePlanStage {
  const methodThrottles = Object.entries(stage.throttle ?? {})
    .map(([key, throttle]) => ({ ...parseMethodThrottleKey(key), ...toThrottle(throttle) }))
    .sort((a, b) => `${a.resourcePath} ${a.httpMethod}`.localeCompare(`${b.resourcePath} ${b.httpMethod}`));
  return { apiId: stage.apiId ?? "", stage: stage.stage ?? "", methodThrottles };
}

const toThrottle = (throttle: { rateLimit?: number; burstLimit?: number }): ThrottleLimits => ({ rateLimit: throttle.rateLimit ?? null, burstLimit: throttle.burstLimit ?? null });

const toPeriod = (period: string | undefined): QuotaPeriod => (quotaPeriods.includes(period as QuotaPeriod) ? (period as QuotaPeriod) : "MONTH");
