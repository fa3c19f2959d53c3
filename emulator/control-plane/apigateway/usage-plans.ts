import { badRequest, limitExceeded, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import { newId } from "../ids";
import type { OpContext } from "../op-context";
import { applyPatch, type PatchRules } from "./patch";
import { tables } from "./tables";
import { checkApiStage, checkNoDuplicateStages, patchApiStages } from "./usage-plan-api-stages";
import { checkGainedStages } from "./usage-plan-stage-sharing";
import { dayOf } from "./usage-periods";
import { checkQuota, checkThrottle, numberValue, quotaPeriods, type QuotaPeriod, type QuotaSettings, type ThrottleSettings } from "./usage-plan-settings";
import { createdTags } from "./tags";

export interface ApiStage {
  apiId: string;
  stage: string;
  /** Per-method throttles keyed "{resourcePath}/{httpMethod}", e.g. "/pets/GET". */
  throttle?: Record<string, ThrottleSettings>;
}

export interface UsagePlan {
  id: string;
  name: string;
  description?: string;
  apiStages: ApiStage[];
  throttle?: ThrottleSettings;
  quota?: QuotaSettings;
  productCode?: string;
  tags?: Record<string, string>;
  /** Bookkeeping, not on the wire: the day (yyyy-MM-dd, UTC) the plan got its quota, whose period the offset applies to. */
  quotaSince?: string;
}

/** The UsagePlan wire shape: bookkeeping left out. */
export function usagePlanWire(plan: UsagePlan): UsagePlan {
  if (plan.quotaSince === undefined) return plan;
  const wire = { ...plan };
  delete wire.quotaSince;
  return wire;
}

export interface CreateUsagePlanInput {
  name: string;
  description?: string;
  apiStages?: Array<{ apiId?: string; stage?: string; throttle?: Record<string, ThrottleSettings> }>;
  throttle?: ThrottleSettings;
  quota?: { limit?: number; offset?: number; period?: string };
  tags?: Record<string, string>;
}

const plansTable = (ctx: OpContext) => ctx.state.table<UsagePlan>(tables.usagePlans);

export function requireUsagePlan(ctx: OpContext, id: string): UsagePlan {
  const plan = plansTable(ctx).get("", id);
  if (!plan) throw notFound("Invalid Usage Plan ID specified");
  return plan;
}

export function createUsagePlan(ctx: OpContext, input: CreateUsagePlanInput): UsagePlan {
  const plans = plansTable(ctx);
  if (plans.count("") >= ctx.config.quotas.usagePlansPerRegion) throw limitExceeded(`You have reached the limit of ${ctx.config.quotas.usagePlansPerRegion} usage plans in this region`);
  if (input.name.trim() === "") throw badRequest("Invalid usage plan name specified: the name must not be empty");
  const apiStages = (input.apiStages ?? []).map((stage) => checkApiStage(ctx, stage));
  checkNoDuplicateStages(apiStages);
  let id = newId(6);
  while (plans.has("", id)) id = newId(6);
  const plan: UsagePlan = {
    id,
    name: input.name,
    description: input.description,
    apiStages,
    throttle: input.throttle ? checkThrottle(input.throttle) : undefined,
    quota: input.quota ? checkQuota(input.quota) : undefined,
    quotaSince: input.quota ? dayOf(ctx.now) : undefined,
    tags: createdTags(input.tags),
  };
  return plans.put("", id, plan);
}

/** All plans, or with keyId only those the API key belongs to. */
export function getUsagePlans(ctx: OpContext, keyId?: string): readonly UsagePlan[] {
  const plans = plansTable(ctx).list("");
  if (keyId === undefined) return plans;
  const planKeys = ctx.state.table(tables.usagePlanKeys);
  return plans.filter((plan) => planKeys.has(plan.id, keyId));
}

const setThrottle = (plan: UsagePlan, member: keyof ThrottleSettings, value: string | undefined): UsagePlan => ({
  ...plan,
  throttle: checkThrottle({ ...(plan.throttle ?? {}), [member]: numberValue(value, member) }),
});

// Checked once all operations ran: a plan without a quota gets one from patches of its limit and period.
const setQuota = (plan: UsagePlan, change: Partial<QuotaSettings>): UsagePlan => ({
  ...plan,
  quota: { ...(plan.quota ?? {}), ...change } as QuotaSettings,
});

function quotaPeriod(value: string | undefined): QuotaPeriod {
  if (!quotaPeriods.includes(value as QuotaPeriod)) throw badRequest(`Invalid quota period specified: ${value ?? "null"}. Valid values are DAY, WEEK and MONTH`);
  return value as QuotaPeriod;
}

const usagePlanPatchRules: PatchRules<UsagePlan> = {
  "/name": { ops: ["replace"], apply: (plan, value) => {
    if (!value?.trim()) throw badRequest("Invalid usage plan name specified: the name must not be empty");
    return { ...plan, name: value };
  } },
  "/description": { ops: ["replace"], apply: (plan, value) => ({ ...plan, description: value || undefined }) },
  "/productCode": { ops: ["add", "replace", "remove"], apply: (plan, value, op) => ({ ...plan, productCode: op === "remove" ? undefined : value || undefined }) },
  "/throttle": { ops: ["remove"], apply: (plan) => ({ ...plan, throttle: undefined }) },
  "/throttle/rateLimit": { ops: ["add", "replace"], apply: (plan, value) => setThrottle(plan, "rateLimit", value) },
  "/throttle/burstLimit": { ops: ["add", "replace"], apply: (plan, value) => setThrottle(plan, "burstLimit", value) },
  "/quota": { ops: ["remove"], apply: (plan) => ({ ...plan, quota: undefined }) },
  "/quota/limit": { ops: ["add", "replace"], apply: (plan, value) => setQuota(plan, { limit: numberValue(value, "limit") }) },
  "/quota/offset": { ops: ["add", "replace"], apply: (plan, value) => setQuota(plan, { offset: numberValue(value, "offset") }) },
  "/quota/period": { ops: ["add", "replace"], apply: (plan, value) => setQuota(plan, { period: quotaPeriod(value) }) },
};

export function updateUsagePlan(ctx: OpContext, id: string, operations: PatchOperation[]): UsagePlan {
  const before = requireUsagePlan(ctx, id);
  let plan = before;
  for (const operation of operations) {
    plan = operation.path.startsWith("/apiStages")
      ? patchApiStages(ctx, plan, operation)
      : applyPatch(plan, [operation], usagePlanPatchRules);
  }
  if (plan.quota) plan = { ...plan, quota: checkQuota(plan.quota) };
  // A plan that gains a quota starts its initial period (the one its offset applies to) today.
  plan = { ...plan, quotaSince: !plan.quota ? undefined : before.quota ? before.quotaSince : dayOf(ctx.now) };
  checkGainedStages(ctx, before, plan);
  return plansTable(ctx).put("", id, plan);
}

/** Deleting a plan also drops its keys and its usage records. */
/** AWS refuses to delete a plan that still lists API stages; they must be removed with UpdateUsagePlan first. */
export function deleteUsagePlan(ctx: OpContext, id: string): void {
  const plan = requireUsagePlan(ctx, id);
  const stages = (plan.apiStages ?? []).map((stage) => `${stage.apiId}:${stage.stage}`);
  if (stages.length > 0) {
    throw badRequest(`Cannot delete Usage Plan ${id} because there are API Stages associated with it, including ${stages.join(", ")}`);
  }
  plansTable(ctx).delete("", id);
  ctx.state.table(tables.usagePlanKeys).deleteGroup(id);
  ctx.state.table(tables.usage).deleteGroup(id);
}
