import { conflict } from "../../protocol/aws-error";
import type { OpContext } from "../op-context";
import { tables } from "./tables";
import type { UsagePlan } from "./usage-plans";

// An API key cannot be in two usage plans that cover the same API stage: which plan's limits would
// apply to its requests there? Checked when a key joins a plan and when a plan gains a stage.

export const stageIds = (plan: UsagePlan) => plan.apiStages.map((stage) => `${stage.apiId}:${stage.stage}`);

/** Throws ConflictException if another plan of the key already covers one of `wanted` ("apiId:stage"). */
export function checkStagesFreeForKey(ctx: OpContext, planId: string, keyId: string, wanted: readonly string[]): void {
  if (wanted.length === 0) return;
  const planKeys = ctx.state.table(tables.usagePlanKeys);
  const plans = ctx.state.table<UsagePlan>(tables.usagePlans);
  for (const otherId of planKeys.groups()) {
    if (otherId === planId || !planKeys.has(otherId, keyId)) continue;
    const other = plans.get("", otherId);
    const shared = other && stageIds(other).find((stage) => wanted.includes(stage));
    if (shared) {
      throw conflict(`Usage Plan ${planId} cannot be added because API Key ${keyId} cannot reference multiple Usage Plans with the same API Stage: ${shared}`);
    }
  }
}

/** After a plan changed: the stages it gained must be free for every key already in it. */
export function checkGainedStages(ctx: OpContext, before: UsagePlan, after: UsagePlan): void {
  const had = new Set(stageIds(before));
  const gained = stageIds(after).filter((stage) => !had.has(stage));
  if (gained.length === 0) return;
  for (const keyId of ctx.state.table<{ id: string }>(tables.usagePlanKeys).list(after.id).map((key) => key.id)) {
    checkStagesFreeForKey(ctx, after.id, keyId, gained);
  }
}

