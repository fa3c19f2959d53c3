import { badRequest, conflict, limitExceeded, notFound } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { requireApiKey } from "./api-keys";
import { tables } from "./tables";
import { requireUsagePlan } from "./usage-plans";
import { checkStagesFreeForKey, stageIds } from "./usage-plan-stage-sharing";

/** Stored: only the association. The wire shape adds the key's current name and value. */
interface StoredUsagePlanKey {
  id: string;
  type: "API_KEY";
}

export interface UsagePlanKey {
  id: string;
  type: "API_KEY";
  value: string;
  name?: string;
}

const planKeysTable = (ctx: OpContext) => ctx.state.table<StoredUsagePlanKey>(tables.usagePlanKeys);

function view(ctx: OpContext, stored: StoredUsagePlanKey): UsagePlanKey {
  const key = requireApiKey(ctx, stored.id);
  return { id: key.id, type: stored.type, value: key.value, name: key.name };
}

export function createUsagePlanKey(ctx: OpContext, usagePlanId: string, keyId: string, keyType: string): UsagePlanKey {
  const plan = requireUsagePlan(ctx, usagePlanId);
  if (keyType !== "API_KEY") throw badRequest(`Invalid key type specified: ${keyType}. The only valid key type is API_KEY`);
  requireApiKey(ctx, keyId);
  const planKeys = planKeysTable(ctx);
  if (planKeys.has(usagePlanId, keyId)) throw conflict(`API Key ${keyId} is already associated with usage plan ${usagePlanId}`);
  const memberships = planKeys.groups().filter((planId) => planKeys.has(planId, keyId));
  if (memberships.length >= ctx.config.quotas.usagePlansPerApiKey) {
    throw limitExceeded(`API Key ${keyId} is already associated with the maximum of ${ctx.config.quotas.usagePlansPerApiKey} usage plans`);
  }
  checkStagesFreeForKey(ctx, plan.id, keyId, stageIds(plan));
  return view(ctx, planKeys.put(usagePlanId, keyId, { id: keyId, type: "API_KEY" }));
}

export function getUsagePlanKey(ctx: OpContext, usagePlanId: string, keyId: string): UsagePlanKey {
  requireUsagePlan(ctx, usagePlanId);
  requireApiKey(ctx, keyId);
  const stored = planKeysTable(ctx).get(usagePlanId, keyId);
  if (!stored) throw notFound("Invalid Usage Plan ID specified");
  return view(ctx, stored);
}

/** The plan's keys; nameQuery is a prefix of the key's name. */
export function getUsagePlanKeys(ctx: OpContext, usagePlanId: string, nameQuery?: string): UsagePlanKey[] {
  requireUsagePlan(ctx, usagePlanId);
  const keys = planKeysTable(ctx).list(usagePlanId).map((stored) => view(ctx, stored));
  return nameQuery === undefined ? keys : keys.filter((key) => (key.name ?? "").startsWith(nameQuery));
}

export function deleteUsagePlanKey(ctx: OpContext, usagePlanId: string, keyId: string): void {
  getUsagePlanKey(ctx, usagePlanId, keyId);
  planKeysTable(ctx).delete(usagePlanId, keyId);
}

export function isKeyInPlan(ctx: OpContext, usagePlanId: string, keyId: string): boolean {
  return planKeysTable(ctx).has(usagePlanId, keyId);
}
