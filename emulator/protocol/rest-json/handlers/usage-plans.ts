import type { RestHandlers, RestRequest } from "../rest-request";
import { withTagsShown } from "../../../control-plane/apigateway/tags-shown";
import { optionalString, optionalStringMap, paginate, patchOperations, requiredString } from "../input";
import { createUsagePlan, deleteUsagePlan, getUsagePlans, requireUsagePlan, updateUsagePlan, usagePlanWire } from "../../../control-plane/apigateway/usage-plans";
import { createUsagePlanKey, deleteUsagePlanKey, getUsagePlanKey, getUsagePlanKeys } from "../../../control-plane/apigateway/usage-plan-keys";
import { checkUsageRange, updateUsage, usageKeyIds, usageReport, type UsageReport } from "../../../control-plane/apigateway/usage";
import type { ThrottleSettings } from "../../../control-plane/apigateway/usage-plan-settings";
import { badRequest } from "../../aws-error";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Members of a settings object must be numbers (or a string for quota.period). */
function settingsObject(value: unknown, member: string, stringMembers: string[] = []): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw badRequest(`Invalid value for ${member}: expected an object`);
  for (const [name, field] of Object.entries(value)) {
    const expected = stringMembers.includes(name) ? "string" : "number";
    if (field !== null && typeof field !== expected) throw badRequest(`Invalid value for ${member}.${name}: expected a ${expected}`);
  }
  return value;
}

function apiStages(request: RestRequest) {
  const value = request.body.apiStages;
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every(isObject)) throw badRequest("Invalid value for apiStages: expected a list of {apiId, stage, throttle}");
  return value.map((stage) => {
    const throttle = stage.throttle === undefined || stage.throttle === null ? undefined : stage.throttle;
    if (throttle !== undefined && !isObject(throttle)) throw badRequest("Invalid value for apiStages.throttle: expected a map");
    for (const [key, settings] of Object.entries(throttle ?? {})) settingsObject(settings, `apiStages.throttle.${key}`);
    return {
      apiId: typeof stage.apiId === "string" ? stage.apiId : undefined,
      stage: typeof stage.stage === "string" ? stage.stage : undefined,
      throttle: throttle as Record<string, ThrottleSettings> | undefined,
    };
  });
}

/** The Usage wire shape: its items travel as "values". */
function usageWire({ items, ...report }: UsageReport, position?: string) {
  return { ...report, values: items, ...(position ? { position } : {}) };
}

export const usagePlansHandlers: RestHandlers = {
  CreateUsagePlan: (request, ctx) =>
    usagePlanWire(createUsagePlan(ctx, {
      name: requiredString(request, "name"),
      description: optionalString(request, "description"),
      apiStages: apiStages(request),
      throttle: settingsObject(request.body.throttle, "throttle") as ThrottleSettings | undefined,
      quota: settingsObject(request.body.quota, "quota", ["period"]) as { limit?: number; offset?: number; period?: string } | undefined,
      tags: optionalStringMap(request, "tags"),
    })),
  GetUsagePlan: (request, ctx) => withTagsShown(usagePlanWire(requireUsagePlan(ctx, request.params.usageplanId!))),
  GetUsagePlans: (request, ctx) => paginate(request, getUsagePlans(ctx, request.query.get("keyId") ?? undefined).map(usagePlanWire)),
  UpdateUsagePlan: (request, ctx) => withTagsShown(usagePlanWire(updateUsagePlan(ctx, request.params.usageplanId!, patchOperations(request)))),
  DeleteUsagePlan: (request, ctx) => deleteUsagePlan(ctx, request.params.usageplanId!),
  CreateUsagePlanKey: (request, ctx) =>
    createUsagePlanKey(ctx, request.params.usageplanId!, requiredString(request, "keyId"), requiredString(request, "keyType")),
  GetUsagePlanKey: (request, ctx) => getUsagePlanKey(ctx, request.params.usageplanId!, request.params.keyId!),
  GetUsagePlanKeys: (request, ctx) =>
    paginate(request, getUsagePlanKeys(ctx, request.params.usageplanId!, request.query.get("name") ?? undefined)),
  DeleteUsagePlanKey: (request, ctx) => deleteUsagePlanKey(ctx, request.params.usageplanId!, request.params.keyId!),
  GetUsage: (request, ctx) => {
    const planId = request.params.usageplanId!;
    requireUsagePlan(ctx, planId);
    const days = checkUsageRange(request.query.get("startDate") ?? undefined, request.query.get("endDate") ?? undefined);
    const page = paginate(request, usageKeyIds(ctx, planId, request.query.get("keyId") ?? undefined));
    return usageWire(usageReport(ctx, planId, days, page.item), page.position);
  },
  UpdateUsage: (request, ctx) => usageWire(updateUsage(ctx, request.params.usageplanId!, request.params.keyId!, patchOperations(request))),
};
