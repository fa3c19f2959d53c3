import { badRequest, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { tables } from "./tables";
import { daysBetween, dayOf, parseDay, periodLimit, periodStart } from "./usage-periods";
import { isKeyInPlan, getUsagePlanKeys } from "./usage-plan-keys";
import { requireUsagePlan, type UsagePlan } from "./usage-plans";

/** [used, remaining] for one key on one day, as GetUsage reports it. */
export type DailyUsage = [used: number, remaining: number];
type UsageRecords = Record<string, DailyUsage>;

/** What the data plane needs to count requests: the caller's state. */
export type UsageScope = Pick<OpContext, "state">;

const MAX_REPORT_DAYS = 366;

const usageTable = (scope: UsageScope) => scope.state.table<UsageRecords>(tables.usage);
const planOf = (scope: UsageScope, usagePlanId: string) => scope.state.table<UsagePlan>(tables.usagePlans).get("", usagePlanId);

/**
 * Requests the key may still make in the quota period holding `day` (yyyy-MM-dd, UTC), or undefined
 * when the plan has no quota; the plan's first quota period starts with its offset taken off. The latest day recorded in the period carries its remaining forward,
 * so an UpdateUsage extension holds until the period ends.
 */
export function remainingQuota(scope: UsageScope, usagePlanId: string, keyId: string, day: string): number | undefined {
  const plan = planOf(scope, usagePlanId);
  const quota = plan?.quota;
  if (!quota) return undefined;
  const records = usageTable(scope).get(usagePlanId, keyId) ?? {};
  const start = periodStart(day, quota.period);
  const latest = Object.keys(records)
    .filter((recorded) => recorded >= start && recorded <= day)
    .sort()
    .at(-1);
  return latest === undefined ? periodLimit(quota, day, plan.quotaSince) : records[latest]![1];
}

/**
 * Counts `count` requests served with the key under the plan on `day`. The data plane calls it inside
 * a transaction after checking remainingQuota; returns the day's counts after the requests.
 */
export function recordUsage(scope: UsageScope, usagePlanId: string, keyId: string, day: string, count = 1): DailyUsage {
  const table = usageTable(scope);
  const records = table.get(usagePlanId, keyId) ?? {};
  const before = remainingQuota(scope, usagePlanId, keyId, day);
  const entry: DailyUsage = [(records[day]?.[0] ?? 0) + count, before === undefined ? 0 : Math.max(0, before - count)];
  table.put(usagePlanId, keyId, { ...records, [day]: entry });
  return entry;
}

function dailyUsage(scope: UsageScope, usagePlanId: string, keyId: string, day: string): DailyUsage {
  const recorded = usageTable(scope).get(usagePlanId, keyId)?.[day];
  if (recorded) return [...recorded];
  return [0, remainingQuota(scope, usagePlanId, keyId, day) ?? 0];
}

export interface UsageReport {
  usagePlanId: string;
  startDate: string;
  endDate: string;
  items: Record<string, DailyUsage[]>;
}

export function checkUsageRange(startDate: string | undefined, endDate: string | undefined): string[] {
  const start = startDate === undefined ? undefined : parseDay(startDate);
  const end = endDate === undefined ? undefined : parseDay(endDate);
  if (start === undefined) throw badRequest(`Invalid start date specified: ${startDate ?? "null"}. Use the format yyyy-MM-dd`);
  if (end === undefined) throw badRequest(`Invalid end date specified: ${endDate ?? "null"}. Use the format yyyy-MM-dd`);
  if (end < start) throw badRequest("The end date must not be before the start date");
  const days = daysBetween(start, end);
  if (days.length > MAX_REPORT_DAYS) throw badRequest(`The usage report may cover at most ${MAX_REPORT_DAYS} days`);
  return days;
}

/** The keys a usage report covers: the plan's keys, or the one asked for (none if it is not in the plan). */
export function usageKeyIds(ctx: OpContext, usagePlanId: string, keyId: string | undefined): string[] {
  const ids = getUsagePlanKeys(ctx, usagePlanId).map((key) => key.id);
  return keyId === undefined ? ids : ids.filter((id) => id === keyId);
}

export function usageReport(ctx: OpContext, usagePlanId: string, days: string[], keyIds: readonly string[]): UsageReport {
  requireUsagePlan(ctx, usagePlanId);
  const items: Record<string, DailyUsage[]> = {};
  for (const keyId of keyIds) items[keyId] = days.map((day) => dailyUsage(ctx, usagePlanId, keyId, day));
  return { usagePlanId, startDate: days[0]!, endDate: days.at(-1)!, items };
}

/** UpdateUsage: replace /remaining grants the key that many requests for the rest of the period. */
export function updateUsage(ctx: OpContext, usagePlanId: string, keyId: string, operations: PatchOperation[]): UsageReport {
  const plan = requireUsagePlan(ctx, usagePlanId);
  if (!isKeyInPlan(ctx, usagePlanId, keyId)) throw notFound("Invalid API Key identifier specified");
  const today = dayOf(ctx.now);
  for (const operation of operations) {
    if (operation.path !== "/remaining") throw badRequest(`Invalid patch path ${operation.path}`);
    if (operation.op !== "replace") throw badRequest("Invalid patch operation specified. Must be one of: [replace]");
    if (!plan.quota) throw badRequest(`Usage plan ${usagePlanId} has no quota, so there is no remaining quota to update`);
    const remaining = Number(operation.value);
    if (operation.value === undefined || !Number.isInteger(remaining) || remaining < 0) {
      throw badRequest(`Invalid remaining quota specified: ${operation.value ?? "null"}. It must be a non-negative integer`);
    }
    const records = usageTable(ctx).get(usagePlanId, keyId) ?? {};
    usageTable(ctx).put(usagePlanId, keyId, { ...records, [today]: [records[today]?.[0] ?? 0, remaining] });
  }
  return usageReport(ctx, usagePlanId, [today], [keyId]);
}
