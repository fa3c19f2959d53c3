import type { PatchOperation } from "./plan";
import { apiStageId, methodThrottleKey, type MethodThrottle, type QuotaSettings, type ThrottleLimits, type UsagePlanStage } from "./usage-plan";

/** The editable part of a usage plan: what the edit form holds and the patch compares. */
export type UsagePlanDraft = {
  name: string;
  description: string | null;
  throttle: ThrottleLimits | null;
  quota: QuotaSettings | null;
  apiStages: UsagePlanStage[];
};

/**
 * The UpdateUsagePlan patch operations that turn `before` into `after`, one per changed field, in one call
 * (AWS allows one UpdateUsagePlan every 20 seconds, so an edit is never split across calls).
 */
export function usagePlanPatchOperations(before: UsagePlanDraft, after: UsagePlanDraft): PatchOperation[] {
  return [
    ...textOperations(before, after),
    ...throttleOperations("/throttle", normalThrottle(before.throttle), normalThrottle(after.throttle)),
    ...quotaOperations(before.quota, after.quota),
    ...stageOperations(before.apiStages, after.apiStages),
  ];
}

function textOperations(before: UsagePlanDraft, after: UsagePlanDraft): PatchOperation[] {
  const operations: PatchOperation[] = [];
  if (before.name !== after.name) operations.push({ op: "replace", path: "/name", value: after.name });
  if ((before.description ?? "") !== (after.description ?? "")) operations.push({ op: "replace", path: "/description", value: after.description ?? "" });
  return operations;
}

// A throttle with neither limit set is no throttle at all.
function normalThrottle(throttle: ThrottleLimits | null): ThrottleLimits | null {
  return throttle && (throttle.rateLimit !== null || throttle.burstLimit !== null) ? throttle : null;
}

const throttleMembers = ["rateLimit", "burstLimit"] as const;

/**
 * Replace each changed limit. A limit that is cleared while the other stays takes the throttle out and puts the
 * other limit back: a plan's throttle has no remove for one limit.
 */
function throttleOperations(base: string, before: ThrottleLimits | null, after: ThrottleLimits | null): PatchOperation[] {
  if (!after) return before ? [{ op: "remove", path: base }] : [];
  const cleared = before !== null && throttleMembers.some((member) => before[member] !== null && after[member] === null);
  const previous = cleared ? null : before;
  const operations: PatchOperation[] = cleared ? [{ op: "remove", path: base }] : [];
  for (const member of throttleMembers) {
    const value = after[member];
    if (value !== null && value !== previous?.[member]) operations.push({ op: "replace", path: `${base}/${member}`, value: String(value) });
  }
  return operations;
}

function quotaOperations(before: QuotaSettings | null, after: QuotaSettings | null): PatchOperation[] {
  if (!after) return before ? [{ op: "remove", path: "/quota" }] : [];
  const operations: PatchOperation[] = [];
  for (const member of ["limit", "offset", "period"] as const) {
    if (after[member] !== before?.[member]) operations.push({ op: "replace", path: `/quota/${member}`, value: String(after[member]) });
  }
  return operations;
}

/** Stages leave first, then join, then their method throttles change (a throttle needs its stage in the plan). */
function stageOperations(before: UsagePlanStage[], after: UsagePlanStage[]): PatchOperation[] {
  const beforeById = new Map(before.map((stage) => [apiStageId(stage), stage]));
  const afterIds = new Set(after.map(apiStageId));
  const removed = before.filter((stage) => !afterIds.has(apiStageId(stage))).map((stage): PatchOperation => ({ op: "remove", path: "/apiStages", value: apiStageId(stage) }));
  const added = after.filter((stage) => !beforeById.has(apiStageId(stage))).map((stage): PatchOperation => ({ op: "add", path: "/apiStages", value: apiStageId(stage) }));
  const throttles = after.flatMap((stage) => methodThrottleOperations(stage, beforeById.get(apiStageId(stage))?.methodThrottles ?? []));
  return [...removed, ...added, ...throttles];
}

/** `/apiStages/{apiId}:{stage}/throttle/{resourcePath}/{httpMethod}[/rateLimit|/burstLimit]`, the resource path keeping its slashes. */
export function methodThrottlePath(stage: { apiId: string; stage: string }, method: { resourcePath: string; httpMethod: string }): string {
  return `/apiStages/${apiStageId(stage)}/throttle${methodThrottleKey(method)}`;
}

function methodThrottleOperations(stage: UsagePlanStage, before: MethodThrottle[]): PatchOperation[] {
  const beforeByKey = new Map(before.map((throttle) => [methodThrottleKey(throttle), throttle]));
  const afterKeys = new Set(stage.methodThrottles.map(methodThrottleKey));
  const removed = before.filter((throttle) => !afterKeys.has(methodThrottleKey(throttle))).map((throttle): PatchOperation => ({ op: "remove", path: methodThrottlePath(stage, throttle) }));
  const changed = stage.methodThrottles.flatMap((throttle) => {
    const path = methodThrottlePath(stage, throttle);
    const previous = beforeByKey.get(methodThrottleKey(throttle)) ?? null;
    const next = normalThrottle(throttle);
    // A method entry with no limits left is removed as a whole.
    if (!next) return previous ? [{ op: "remove", path } satisfies PatchOperation] : [];
    return throttleOperations(path, previous, next);
  });
  return [...removed, ...changed];
}
