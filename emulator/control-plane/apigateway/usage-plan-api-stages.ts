import { badRequest, conflict, notFound } from "../../protocol/aws-error";
import type { PatchOperation } from "../../protocol/rest-json/input";
import type { OpContext } from "../op-context";
import { restApiExists, stageExists } from "./stage-references";
import { checkThrottle, numberValue, type ThrottleSettings } from "./usage-plan-settings";
import type { ApiStage, UsagePlan } from "./usage-plans";
import { tables } from "./tables";

// A usage plan's API stages and their per-method throttles ("/pets/GET" -> {burstLimit, rateLimit}).

const METHOD_KEY = /^\/.*\/(GET|HEAD|OPTIONS|PUT|POST|PATCH|DELETE|ANY|\*)$/;

export function checkApiStage(ctx: OpContext, stage: { apiId?: string; stage?: string; throttle?: Record<string, ThrottleSettings> }): ApiStage {
  const apiId = stage.apiId ?? "";
  const stageName = stage.stage ?? "";
  if (!restApiExists(ctx, apiId) || !stageExists(ctx, apiId, stageName)) throw notFound(`API Stage not found: ${apiId}:${stageName}`);
  const throttle = stage.throttle === undefined ? undefined : checkMethodThrottles(stage.throttle);
  return { apiId, stage: stageName, ...(throttle && Object.keys(throttle).length > 0 ? { throttle } : {}) };
}

function checkMethodThrottles(throttles: Record<string, ThrottleSettings>): Record<string, ThrottleSettings> {
  const checked: Record<string, ThrottleSettings> = {};
  for (const [key, settings] of Object.entries(throttles)) {
    if (!METHOD_KEY.test(key)) throw badRequest(`Invalid method throttle key specified: ${key}. Use {resourcePath}/{httpMethod}, for example /pets/GET`);
    checked[key] = checkThrottle(settings);
  }
  return checked;
}

/** Two entries for one API stage in one plan make no sense; AWS rejects the second. */
export function checkNoDuplicateStages(stages: readonly ApiStage[]): void {
  const seen = new Set<string>();
  for (const stage of stages) {
    const id = `${stage.apiId}:${stage.stage}`;
    if (seen.has(id)) throw conflict(`Usage plan already contains API stage ${id}`);
    seen.add(id);
  }
}

const unescapePointer = (text: string) => text.replace(/~1/g, "/").replace(/~0/g, "~");

/**
 * Patches under /apiStages: add/remove "/apiStages" with value "apiId:stage", and the per-method
 * throttles "/apiStages/{apiId:stage}/throttle/{resourcePath}/{httpMethod}[/rateLimit|/burstLimit]",
 * whose resource path keeps its slashes, as AWS's examples write it ("/throttle//GET" is the root).
 */
export function patchApiStages(ctx: OpContext, plan: UsagePlan, operation: PatchOperation): UsagePlan {
  if (operation.path === "/apiStages") return patchStageList(ctx, plan, operation);
  const match = /^\/apiStages\/([^/]+)\/throttle(\/.*)?$/.exec(operation.path);
  if (!match) throw badRequest(`Invalid patch path ${operation.path}`);
  const stageId = unescapePointer(match[1]!);
  const index = plan.apiStages.findIndex((stage) => `${stage.apiId}:${stage.stage}` === stageId);
  if (index < 0) throw notFound(`API Stage not found: ${stageId}`);
  const stage = plan.apiStages[index]!;
  // The method key may also come as one escaped pointer segment: /throttle/~1pets~1GET/rateLimit.
  const raw = match[2] ?? "";
  const rest = raw.includes("~1") ? raw.slice(1).split("/").map(unescapePointer).join("/") : raw;
  const updated = patchStageThrottle(stage, operation, rest);
  const apiStages = plan.apiStages.map((existing, i) => (i === index ? updated : existing));
  return { ...plan, apiStages };
}

/** The "apiId:stage" an add or remove on /apiStages names; AWS's text for a malformed one (recorded for remove). */
function namedApiStage(value: string | undefined): { apiId: string; stageName: string } {
  const parts = (value ?? "").split(":");
  if (!value || parts.length !== 2) throw badRequest("Invalid API Stage specified");
  return { apiId: parts[0]!, stageName: parts[1]! };
}

/**
 * Add and remove on /apiStages. AWS's answers to a remove naming no value, a malformed value, or an API or stage
 * that does not exist are recorded (test_apigateway_common.py::test_usage_plan_crud); add keeps the sandbox's texts.
 */
function patchStageList(ctx: OpContext, plan: UsagePlan, operation: PatchOperation): UsagePlan {
  if (operation.op !== "add" && operation.op !== "remove") throw badRequest("Invalid patch operation specified. Must be one of: [add, remove]");
  const { apiId, stageName } = namedApiStage(operation.value);
  const exists = plan.apiStages.some((stage) => stage.apiId === apiId && stage.stage === stageName);
  if (operation.op === "add") {
    const stage = checkApiStage(ctx, { apiId, stage: stageName });
    if (exists) throw conflict(`Usage plan already contains API stage ${apiId}:${stageName}`);
    return { ...plan, apiStages: [...plan.apiStages, stage] };
  }
  if (!restApiExists(ctx, apiId) || !stageExists(ctx, apiId, stageName)) {
    throw notFound(`Invalid API Stage {api: ${apiId}, stage: ${stageName}} specified for usageplan ${plan.id}`);
  }
  if (!exists) throw notFound(`API Stage not found: ${apiId}:${stageName}`);
  return { ...plan, apiStages: plan.apiStages.filter((stage) => !(stage.apiId === apiId && stage.stage === stageName)) };
}

function patchStageThrottle(stage: ApiStage, operation: PatchOperation, rest: string): ApiStage {
  if (rest === "" || rest === "/") return patchWholeThrottle(stage, operation);
  const limit = /\/(rateLimit|burstLimit)$/.exec(rest);
  const methodKey = limit ? rest.slice(0, -limit[0].length) : rest;
  if (!METHOD_KEY.test(methodKey)) throw badRequest(`Invalid method throttle key specified: ${methodKey}. Use {resourcePath}/{httpMethod}, for example /pets/GET`);
  const throttles = { ...(stage.throttle ?? {}) };
  if (operation.op === "remove") {
    if (limit) {
      throttles[methodKey] = { ...throttles[methodKey], [limit[1]!]: undefined };
    } else {
      delete throttles[methodKey];
    }
  } else if (operation.op === "replace" || operation.op === "add") {
    if (!limit) throw badRequest(`Invalid patch path ${operation.path}`);
    const member = limit[1] as "rateLimit" | "burstLimit";
    throttles[methodKey] = checkThrottle({ ...(throttles[methodKey] ?? {}), [member]: numberValue(operation.value, member) });
  } else {
    throw badRequest("Invalid patch operation specified. Must be one of: [add, remove, replace]");
  }
  return withThrottle(stage, throttles);
}

/** replace ".../throttle" with a JSON map of method throttles, or remove them all. */
function patchWholeThrottle(stage: ApiStage, operation: PatchOperation): ApiStage {
  if (operation.op === "remove") return withThrottle(stage, {});
  if (operation.op !== "replace") throw badRequest("Invalid patch operation specified. Must be one of: [remove, replace]");
  let parsed: unknown;
  try {
    parsed = JSON.parse(operation.value ?? "");
  } catch {
    throw badRequest(`Invalid throttle settings: ${operation.value ?? "null"} is not a JSON object`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw badRequest(`Invalid throttle settings: ${operation.value ?? "null"} is not a JSON object`);
  }
  return withThrottle(stage, checkMethodThrottles(parsed as Record<string, ThrottleSettings>));
}

function withThrottle(stage: ApiStage, throttles: Record<string, ThrottleSettings>): ApiStage {
  return { ...stage, throttle: Object.keys(throttles).length > 0 ? throttles : undefined };
}

/**
 * Drops an API's stages (or one of them) from every usage plan that lists them: deleting a stage takes it
 * out of its usage plans, as a Terraform maintainer describes AWS doing (hashicorp/terraform-provider-aws#14100).
 * For DeleteRestApi AWS's behaviour is UNCONFIRMED; the sandbox does the same, so no plan lists a stage that is gone.
 */
export function dropApiStages(ctx: OpContext, restApiId: string, stageName?: string): void {
  const plans = ctx.state.table<UsagePlan>(tables.usagePlans);
  const gone = (stage: ApiStage) => stage.apiId === restApiId && (stageName === undefined || stage.stage === stageName);
  for (const plan of plans.list("")) {
    if (plan.apiStages.some(gone)) plans.put("", plan.id, { ...plan, apiStages: plan.apiStages.filter((stage) => !gone(stage)) });
  }
}
